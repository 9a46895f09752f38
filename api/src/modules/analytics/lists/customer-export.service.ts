import { Injectable } from '@nestjs/common';
import { CUSTOMER_EXPORT_COLUMNS } from '@kizuna/shared';
import type { Viewer } from '../../../core/auth/viewer.js';
import { invalidField } from '../../../core/errors/app-error.js';
import { parseDateTime } from '../../../core/validation/input-values.js';
import { CommunityCalendar } from '../../community/community-calendar.js';
import type { AnalysedCustomer } from '../../customers/customer-analysis.js';
import { CustomersService } from '../../customers/customers.service.js';
import { MembersService } from '../../members/members.service.js';
import { cell, yen } from './csv-cells.js';
import { AnalyticsPolicy } from '../analytics.policy.js';
import { LoyaltyListsRepository } from './loyalty-lists.repository.js';

const BATCH = 1000;

/** Highest LTV first, customers without one last, then by key: the customer list's order. */
const byLtv = (a: AnalysedCustomer, b: AnalysedCustomer) =>
  (b.ltv ?? -Infinity) - (a.ltv ?? -Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every customer of the analysis as of a date, one CSV row each in CUSTOMER_EXPORT_COLUMNS'
 * order, with the member's handle and engagement where the customer is a member.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    private readonly customers: CustomersService,
    private readonly calendar: CommunityCalendar,
    private readonly members: MembersService,
    private readonly lists: LoyaltyListsRepository,
  ) {}

  /** `asOf` YYYY-MM-DD (today in the community's time zone when absent). */
  async csv(
    viewer: Viewer,
    asOf: string | undefined,
  ): Promise<{ name: string; rows: AsyncIterable<unknown[]> }> {
    AnalyticsPolicy.assertRead(viewer);
    if (asOf !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(asOf) && parseDateTime(asOf)))
      throw invalidField('asOf', 'INVALID_FORMAT', 'Give the analysis date as YYYY-MM-DD.');
    const day = asOf ?? (await this.calendar.today());
    const analysis = await this.customers.analyse(day);
    const sorted = [...analysis.customers].sort(byLtv);
    const { members, lists } = this;
    async function* rows(): AsyncIterable<unknown[]> {
      yield [...CUSTOMER_EXPORT_COLUMNS];
      for (let i = 0; i < sorted.length; i += BATCH) {
        const batch = sorted.slice(i, i + BATCH);
        const ids = [...new Set(batch.flatMap((c) => (c.memberId ? [c.memberId] : [])))];
        const [people, loyalty] = await Promise.all([
          ids.length ? members.findByIds(ids) : Promise.resolve([]),
          lists.byMemberIds(ids),
        ]);
        const handles = new Map(people.map((m) => [m.id, m.handle]));
        for (const c of batch) {
          const l = c.memberId ? loyalty.get(c.memberId) : undefined;
          const row: Record<(typeof CUSTOMER_EXPORT_COLUMNS)[number], unknown> = {
            customer_id: cell(c.customerId),
            email: cell(c.email),
            member_handle: cell(c.memberId ? handles.get(c.memberId) : null),
            orders: c.orders,
            total_amount: yen(c.totalAmount),
            aov: yen(c.aov),
            purchases_per_year: c.ordersInYear,
            ltv: yen(c.ltv),
            high_ltv: cell(c.highLtv),
            r: cell(c.r),
            f: cell(c.f),
            m: cell(c.m),
            rfm_segment: cell(c.rfmSegment),
            nps_score: cell(c.npsScore),
            nps_class: cell(c.npsClass),
            matrix_cell: c.cell,
            engagement_score: cell(l?.engagementScore),
            engagement_level: cell(l?.engagementTier),
          };
          yield CUSTOMER_EXPORT_COLUMNS.map((k) => row[k]);
        }
      }
    }
    return { name: `customers-${day}.csv`, rows: rows() };
  }
}
