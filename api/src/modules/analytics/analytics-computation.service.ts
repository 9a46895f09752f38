import { Injectable } from '@nestjs/common';
import { ANALYTICS_LIMITS, type AnalyticsRunKind } from '@kizuna/shared';
import { allOrFirstFailure } from '../../core/concurrency.js';
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
 * One computation, in five steps (six when full): the daily rollup (all days, or the last
 * ones); then on two connections at once, as they read the rollup and write apart (each keeps
 * one core busy), the daily totals followed by questions, NPS and join-month cohorts, and the
 * past months' levels (full runs only) followed by every member's figures with their customer
 * figures; last, the flows between levels, which need both months. Each step's tables change
 * in one transaction, so readers see them whole, before or after it.
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
    const STEPS = full ? 6 : 5;
    let done = 0;
    const step = async (work: () => Promise<unknown>) => {
      await work();
      await stepDone(++done, STEPS);
    };
    /** A transaction with room to sort and hash millions of rows when the run is full. */
    const tx = (work: () => Promise<unknown>, roomy = full) =>
      this.db.transaction(async () => {
        if (roomy) await this.rollups.roomy();
        await work();
      });

    const rebuild = full || (await this.rollups.lost());
    await step(() =>
      rebuild ? this.rollups.rebuildDaily(zone) : tx(() => this.rollups.rerollDaily(zone, since)),
    );
    const first = await this.rollups.firstDay(zone);
    const totalsThenTheRest = async () => {
      await step(() =>
        tx(() =>
          this.rollups.totals(zone, full ? (first && first < asOf ? first : asOf) : since, asOf),
        ),
      );
      await step(() =>
        tx(async () => {
          await this.rollups.questions(zone, full ? null : addDays(asOf, 1 - 90));
          await this.rollups.npsDaily(zone, full ? null : since);
          await this.rollups.cohorts(zone, full ? null : monthOf(since), asOf);
        }),
      );
    };
    const monthsThenMembers = async () => {
      if (full) await step(() => tx(() => this.loyalty.pastMonths(params, month, first)));
      await step(async () => {
        const analysis = await this.customers.analyse(asOf);
        await tx(async () => {
          await this.loyalty.computeMembers(params, customerPerMember(analysis));
          await this.loyalty.currentMonth(month);
          await this.loyalty.saveSnapshot('matrix', asOf, matrixSummary(analysis));
          await this.loyalty.saveSnapshot('rfm', asOf, rfmSummary(analysis).segments);
          await this.loyalty.saveSnapshot('tiers', asOf, await this.loyalty.tierCounts());
        }, true);
      });
    };
    await allOrFirstFailure([totalsThenTheRest(), monthsThenMembers()]);
    await step(() => tx(() => this.loyalty.tierFlow(full ? null : month)));
  }
}
