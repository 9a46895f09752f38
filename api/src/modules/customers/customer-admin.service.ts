import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CUSTOMER_QUERY_LIMITS, ORDER_IMPORT, type CustomerValueSettings } from '@kizuna/shared';
import { AuditTrail, memberTarget } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { conflict, invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import { MembersService } from '../members/members.service.js';
import { SurveysService } from '../surveys/surveys.service.js';
import { AnalysisCache } from './analysis-cache.js';
import { CustomerMatching } from './customer-matching.js';
import { CustomersPolicy } from './customers.policy.js';
import { CustomersRepository, type CustomerSettingsRow } from './customers.repository.js';
import { emailKeyOf } from './import/order-import.rows.js';

export interface CustomerErasureValue {
  ordersDeleted: number;
  responsesDeleted: number;
}

const UNIQUE_VIOLATION = '23505';

const SETTINGS_FIELDS = [
  'marginRate',
  'expectedYears',
  'costPerCustomer',
  'highLtvThreshold',
] as const satisfies ReadonlyArray<keyof CustomerValueSettings>;

/** The settings that differ, as they were and as they are. */
function settingsChanges(was: CustomerValueSettings, now: CustomerValueSettings) {
  const keys = SETTINGS_FIELDS.filter((k) => was[k] !== now[k]);
  return {
    before: Object.fromEntries(keys.map((k) => [k, was[k]])),
    after: Object.fromEntries(keys.map((k) => [k, now[k]])),
    changed: keys.length > 0,
  };
}

/**
 * What admins change: how customer value is computed, a customer's data erased on request (the
 * right to deletion, with a record that it happened), and the customer id on a member's profile.
 */
@Injectable()
export class CustomerAdmin {
  private readonly logger = new Logger('CustomerAdmin');

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly repo: CustomersRepository,
    private readonly matching: CustomerMatching,
    private readonly cache: AnalysisCache,
    private readonly members: MembersService,
    private readonly surveys: SurveysService,
    private readonly audit: AuditTrail,
  ) {}

  updateSettings(viewer: Viewer, input: CustomerValueSettings): Promise<CustomerSettingsRow> {
    CustomersPolicy.assertAdminister(viewer);
    return this.db.transaction(async () => {
      const current = await this.repo.settings();
      const saved = await this.repo.updateSettings({
        marginRate: input.marginRate,
        expectedYears: input.expectedYears,
        costPerCustomer: input.costPerCustomer,
        highLtvThreshold: input.highLtvThreshold ?? null,
      });
      const { before, after, changed } = settingsChanges(current, saved);
      if (changed)
        await this.audit.record(viewer, {
          action: 'customerValueSettings.update',
          target: { type: 'customerValueSettings', label: 'Customer value settings' },
          before,
          after,
        });
      await this.cache.changed();
      return saved;
    });
  }

  /**
   * Erases a customer, given by customer id or e-mail: every customer row with that id or
   * e-mail, their orders, and the NPS responses imported for them (by the surveys module); the
   * figures computed from them go after the commit (`customer.erased`). The erasure is recorded
   * with a hash of what was given, never the data. NOT_FOUND when nothing matches.
   */
  erase(viewer: Viewer, customerId: string, reason?: string | null): Promise<CustomerErasureValue> {
    CustomersPolicy.assertAdminister(viewer);
    const given = customerId.trim();
    if (!given) throw invalidField('customerId', 'REQUIRED', 'Give a customer id or an e-mail.');
    if ([...given].length > Math.max(ORDER_IMPORT.idMax, 254))
      throw invalidField('customerId', 'TOO_LONG', 'Must be at most 254 characters.', {
        max: 254,
      });
    const why = (reason ?? '').trim();
    if ([...why].length > CUSTOMER_QUERY_LIMITS.reasonMax)
      throw invalidField(
        'reason',
        'TOO_LONG',
        `Must be at most ${CUSTOMER_QUERY_LIMITS.reasonMax} characters.`,
        { max: CUSTOMER_QUERY_LIMITS.reasonMax },
      );
    const emailKey = given.includes('@') ? emailKeyOf(given) : null;
    return this.db.transaction(async () => {
      const emailKeys = emailKey ? [emailKey] : [];
      const customers = await this.repo.customersMatching([given, ...emailKeys], emailKeys);
      const ordersDeleted = await this.repo.deleteCustomers(customers.map((c) => c.id));
      const responsesDeleted = await this.surveys.eraseImportedResponses({
        customerIds: [given, ...customers.map((c) => c.externalId)],
        emails: [
          ...(emailKey ? [emailKey] : []),
          ...customers.flatMap((c) => (c.emailKey ? [c.emailKey] : [])),
        ],
      });
      if (!customers.length && !responsesDeleted)
        throw notFound('A customer with this id or e-mail');
      const customerHash = createHash('sha256')
        .update(emailKey ?? given)
        .digest('hex');
      await this.repo.recordErasure({
        actorId: viewer.memberId,
        customerHash,
        ordersDeleted,
        responsesDeleted,
        reason: why,
      });
      // Customer ids only: an e-mail, given or kept as a customer's key, is the data erased.
      const customerIds = [
        ...new Set([...(emailKey ? [] : [given]), ...customers.map((c) => c.externalId)]),
      ].filter((key) => !key.includes('@'));
      await this.audit.record(viewer, {
        action: 'customer.erase',
        target: { type: 'customer', id: customerIds.length === 1 ? customerIds[0] : null },
        after: {
          customerIds,
          customersDeleted: customers.length,
          ordersDeleted,
          responsesDeleted,
        },
        reason: why,
      });
      await this.cache.changed();
      await this.bus.emit('customer.erased', {
        memberIds: [...new Set(customers.flatMap((c) => (c.memberId ? [c.memberId] : [])))],
      });
      this.logger.log(
        { actorId: viewer.memberId, customerHash, ordersDeleted, responsesDeleted },
        'customer data erased',
      );
      return { ordersDeleted, responsesDeleted };
    });
  }

  /**
   * Puts a customer id on a member's profile (null takes it off): that customer is then this
   * member, whatever its e-mail says; the customer it replaces is matched by e-mail again.
   * CONFLICT when another member carries the id.
   */
  setMemberCustomerId(
    viewer: Viewer,
    memberId: string,
    customerId: string | null,
  ): Promise<boolean> {
    CustomersPolicy.assertAdminister(viewer);
    const id = customerId?.trim() || null;
    if (id && [...id].length > ORDER_IMPORT.idMax)
      throw invalidField(
        'customerId',
        'TOO_LONG',
        `Must be at most ${ORDER_IMPORT.idMax} characters.`,
        {
          max: ORDER_IMPORT.idMax,
        },
      );
    return this.db.transaction(async () => {
      const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
      if (!member) throw notFound('This member');
      const before = await this.repo.customerIdOf(member.id);
      if (before === id) return true;
      const taken = () => conflict('customerId', 'Another member already has this customer id.');
      if (id) {
        const owner = await this.repo.ownerOfCustomerId(id);
        if (owner && owner !== member.id) throw taken();
        try {
          await this.repo.setCustomerId(member.id, id);
        } catch (err) {
          if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw taken();
          throw err;
        }
      } else {
        await this.repo.clearCustomerId(member.id);
      }
      await this.audit.record(viewer, {
        action: 'member.setCustomerId',
        target: memberTarget(member),
        before: { customerId: before },
        after: { customerId: id },
      });
      const keys = [before, id].filter((k): k is string => k !== null);
      await this.matching.rematch(await this.repo.customersByKeys(keys));
      await this.cache.changed();
      return true;
    });
  }
}
