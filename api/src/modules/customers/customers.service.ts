import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { analyseCustomers, type MatrixCell, type RfmSegment } from '@kizuna/shared';
import type { Reader } from '../../core/auth/viewer.js';
import { invalidField } from '../../core/errors/app-error.js';
import { CommunityService } from '../community/community.service.js';
import { MembersService } from '../members/members.service.js';
import { AnalysisCache } from './analysis-cache.js';
import type { AnalysedCustomer, CustomerAnalysis } from './customer-analysis.js';
import { CustomerMatching } from './customer-matching.js';
import { CustomersPolicy } from './customers.policy.js';
import {
  CustomersRepository,
  type CustomerSettingsRow,
  type OrderLineRow,
} from './customers.repository.js';
import { emailKeyOf } from './import/order-import.rows.js';
import {
  byLtv,
  matrixSummary,
  rfmSummary,
  type MatrixSummaryValue,
  type RfmSummaryValue,
} from './loyalty-summaries.js';

const AS_OF = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CustomerListQuery {
  asOf?: string | null;
  cell?: MatrixCell | null;
  segment?: RfmSegment | null;
  search?: string | null;
  offset?: number | null;
  limit?: number | null;
}

export interface CustomerPageValue {
  nodes: AnalysedCustomer[];
  totalCount: number;
}

/** An analysis's customers in list order, and by member: worked out once per analysis. */
interface Derived {
  sorted: AnalysedCustomer[];
  byMember: Map<string, AnalysedCustomer>;
}

/**
 * Customers as of a date: order figures from the database, NPS from the surveys module's
 * answers, and the rules of shared/loyalty (LTV, high LTV, RFM, the matrix) applied to them.
 * Read interface for other modules: analyse, ordersOf, customerOf, matchMembers.
 */
@Injectable()
export class CustomersService {
  private readonly derived = new WeakMap<CustomerAnalysis, Derived>();

  constructor(
    private readonly repo: CustomersRepository,
    private readonly cache: AnalysisCache,
    private readonly matching: CustomerMatching,
    private readonly community: CommunityService,
    private readonly members: MembersService,
  ) {}

  /** The community's time zone, in which analysis dates and bare order dates are read. */
  async timeZone(): Promise<string> {
    return (await this.community.settings()).timezone;
  }

  /** Today in the community's time zone, `YYYY-MM-DD`. */
  async today(): Promise<string> {
    return DateTime.now()
      .setZone(await this.timeZone())
      .toISODate()!;
  }

  /** An analysis date as given (checked), or today in the community's time zone. */
  async asOfOrToday(asOf: string | null | undefined): Promise<string> {
    if (asOf === null || asOf === undefined) return this.today();
    checkAsOf(asOf);
    return asOf;
  }

  /**
   * Read interface: every customer as of the end of `asOf` (`YYYY-MM-DD`, a day in the
   * community's time zone), with LTV, high LTV, RFM and their matrix cell. The result is shared
   * (kept per date): read it, never change it.
   */
  async analyse(asOf: string): Promise<CustomerAnalysis> {
    checkAsOf(asOf);
    const [timeZone, version] = await Promise.all([this.timeZone(), this.repo.npsVersion()]);
    return this.cache.get(`${asOf}|${timeZone}`, version, async () => {
      const settings = await this.repo.settings();
      const rows = await this.repo.analysisRows(asOf, timeZone);
      const { metrics, highLtvCutoff } = analyseCustomers(rows, settings);
      return {
        asOf,
        highLtvCutoff,
        customers: rows.map((row, i) => ({
          ...metrics[i],
          key: row.key,
          customerId: row.customerId,
          email: row.email,
          memberId: row.memberId,
          aov: row.orders > 0 ? row.totalAmount / row.orders : null,
          revenueInYear: row.revenueInYear,
          lastOrderOn: row.lastOrderOn,
        })),
      };
    });
  }

  /** Read interface: a member's orders (of every customer matched to them), newest first. */
  ordersOf(memberId: string, limit: number): Promise<OrderLineRow[]> {
    return this.repo.ordersOf(memberId, limit);
  }

  /**
   * Read interface: the member as a customer today (their customer with the highest LTV when
   * several are matched to them; a member known only by an NPS answer has no orders), or null.
   */
  async customerOf(memberId: string): Promise<AnalysedCustomer | null> {
    const analysis = await this.analyse(await this.today());
    return this.derive(analysis).byMember.get(memberId) ?? null;
  }

  /** Customers kept for the e-mails of members who just joined become theirs. */
  async matchMembers(memberIds: readonly string[]): Promise<number> {
    const matched = await this.matching.joined(memberIds);
    if (matched) await this.cache.changed();
    return matched;
  }

  settings(reader: Reader): Promise<CustomerSettingsRow> {
    CustomersPolicy.assertRead(reader);
    return this.repo.settings();
  }

  async matrix(reader: Reader, asOf?: string | null): Promise<MatrixSummaryValue> {
    CustomersPolicy.assertRead(reader);
    return matrixSummary(await this.analyse(await this.asOfOrToday(asOf)));
  }

  async rfm(reader: Reader, asOf?: string | null): Promise<RfmSummaryValue> {
    CustomersPolicy.assertRead(reader);
    return rfmSummary(await this.analyse(await this.asOfOrToday(asOf)));
  }

  /**
   * A page of customers, highest LTV first (those without one last), then by key; filtered by
   * cell, RFM segment, and a search: part of a customer id or e-mail, or a member's handle.
   */
  async list(reader: Reader, q: CustomerListQuery): Promise<CustomerPageValue> {
    CustomersPolicy.assertRead(reader);
    const analysis = await this.analyse(await this.asOfOrToday(q.asOf));
    const search = q.search?.trim() ? emailKeyOf(q.search) : null;
    const handleMember = search ? await this.members.findByHandle(search.replace(/^@/, '')) : null;
    const matching = this.derive(analysis).sorted.filter(
      (c) =>
        (!q.cell || c.cell === q.cell) &&
        (!q.segment || c.rfmSegment === q.segment) &&
        (!search ||
          (c.memberId !== null && c.memberId === handleMember?.id) ||
          !!c.customerId?.toLowerCase().includes(search) ||
          !!c.email?.toLowerCase().includes(search)),
    );
    const offset = q.offset ?? 0;
    return {
      nodes: matching.slice(offset, offset + (q.limit ?? 50)),
      totalCount: matching.length,
    };
  }

  private derive(analysis: CustomerAnalysis): Derived {
    let d = this.derived.get(analysis);
    if (!d) {
      const sorted = [...analysis.customers].sort(byLtv);
      const byMember = new Map<string, AnalysedCustomer>();
      for (const c of sorted)
        if (c.memberId && !byMember.has(c.memberId)) byMember.set(c.memberId, c);
      this.derived.set(analysis, (d = { sorted, byMember }));
    }
    return d;
  }
}

/** VALIDATION_FAILED unless `asOf` is a date on the calendar written `YYYY-MM-DD`. */
export function checkAsOf(asOf: string): void {
  const m = AS_OF.exec(asOf);
  const ok =
    !!m &&
    Number(m[1]) >= 1900 &&
    DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, { zone: 'UTC' }).isValid;
  if (!ok) throw invalidField('asOf', 'INVALID_FORMAT', 'Use a date such as 2026-03-31.');
}
