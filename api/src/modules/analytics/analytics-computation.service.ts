import { Injectable } from '@nestjs/common';
import { ANALYTICS_LIMITS, type AnalyticsRunKind } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { isUuid } from '../../core/ids.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import type { AnalysedCustomer, CustomerAnalysis } from '../customers/customer-analysis.js';
import { CustomersService } from '../customers/customers.service.js';
import { AnalyticsService } from './analytics.service.js';
import { matrixSummary, rfmSummary } from '../customers/loyalty-summaries.js';
import { addDays, monthOf } from './calendar-days.js';
import { LoyaltyRepository, type MemberCustomerRow } from './loyalty.repository.js';
import { RollupsRepository } from './rollups.repository.js';

export { addDays, monthOf };

/** The customer who stands for a member when several match them: the most valuable. */
function customerPerMember(analysis: CustomerAnalysis): MemberCustomerRow[] {
  const best = new Map<string, AnalysedCustomer>();
  const better = (a: AnalysedCustomer, b: AnalysedCustomer) =>
    (a.ltv ?? -Infinity) !== (b.ltv ?? -Infinity)
      ? (a.ltv ?? -Infinity) > (b.ltv ?? -Infinity)
      : a.orders !== b.orders
        ? a.orders > b.orders
        : a.key < b.key;
  for (const c of analysis.customers) {
    if (!c.memberId) continue;
    const had = best.get(c.memberId);
    if (!had || better(c, had)) best.set(c.memberId, c);
  }
  return [...best.values()].map((c) => ({
    memberId: c.memberId!,
    customerKey: c.key,
    customerId: isUuid(c.key) ? c.key : null,
    ltv: c.ltv,
    highLtv: c.highLtv,
    r: c.r,
    f: c.f,
    m: c.m,
    rfmSegment: c.rfmSegment,
    npsScore: c.npsScore,
    npsClass: c.npsClass,
    matrixCell: c.cell,
  }));
}

export type StepDone = (done: number, total: number) => Promise<void>;

/**
 * One computation, in steps of one transaction each: the daily rollup (all days, or the last
 * ones), the dashboard's rollups, every member's figures with their customer figures, and the
 * monthly levels. Readers see each step's tables whole, before or after it.
 */
@Injectable()
export class AnalyticsComputation {
  constructor(
    private readonly db: Db,
    private readonly rollups: RollupsRepository,
    private readonly loyalty: LoyaltyRepository,
    private readonly analytics: AnalyticsService,
    private readonly customers: CustomersService,
    private readonly calendar: CommunityCalendar,
  ) {}

  async run(kind: AnalyticsRunKind, asOf: string, stepDone: StepDone): Promise<void> {
    const zone = await this.calendar.zone();
    const settings = await this.analytics.engagementSettings();
    const full = kind === 'full';
    const month = monthOf(asOf);
    const since = addDays(asOf, 1 - ANALYTICS_LIMITS.incrementalDays);
    const params = { asOf, zone, settings };
    let first: string | null = null;

    const steps: Array<() => Promise<unknown>> = [
      () =>
        this.db.transaction(async () => {
          if (!full) return this.rollups.rerollDaily(zone, since);
          await this.rollups.roomy();
          await this.rollups.rebuildDaily(zone);
        }),
      () =>
        this.db.transaction(async () => {
          if (full) await this.rollups.roomy();
          first = await this.rollups.firstDay(zone);
          const from = full ? (first && first < asOf ? first : asOf) : since;
          await this.rollups.totals(zone, from, asOf);
        }),
      () =>
        this.db.transaction(async () => {
          if (full) await this.rollups.roomy();
          await this.rollups.questions(zone, full ? null : addDays(asOf, 1 - 90));
          await this.rollups.npsDaily(zone, full ? null : since);
          await this.rollups.cohorts(zone, full ? null : monthOf(since), asOf);
        }),
      async () => {
        const analysis = await this.customers.analyse(asOf);
        await this.db.transaction(async () => {
          await this.rollups.roomy();
          await this.loyalty.computeMembers(params, customerPerMember(analysis));
          await this.loyalty.currentMonth(month);
          await this.loyalty.saveSnapshot('matrix', asOf, matrixSummary(analysis));
          await this.loyalty.saveSnapshot('rfm', asOf, rfmSummary(analysis).segments);
          await this.loyalty.saveSnapshot('tiers', asOf, await this.loyalty.tierCounts());
        });
      },
      () =>
        this.db.transaction(async () => {
          if (full) await this.rollups.roomy();
          if (full) await this.loyalty.pastMonths(params, month, first);
          await this.loyalty.tierFlow(full ? null : month);
        }),
    ];
    for (const [i, step] of steps.entries()) {
      await step();
      await stepDone(i + 1, steps.length);
    }
  }
}
