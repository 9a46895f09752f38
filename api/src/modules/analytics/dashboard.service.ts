import { Injectable } from '@nestjs/common';
import { ANALYTICS_LIMITS, type EngagementTier } from '@kizuna/shared';
import type { Viewer } from '../../core/auth/viewer.js';
import { invalid } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import { addDays, monthOf } from './analytics-computation.service.js';
import { AnalyticsPolicy } from './analytics.policy.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import type { MatrixSummaryValue, RfmSummaryValue } from '../customers/loyalty-summaries.js';
import { DashboardRepository } from './dashboard.repository.js';
import type { DashboardArgs } from './dto/analytics.inputs.js';
import type { AnalyticsDashboard, Cohort, NpsPoint } from './models/analytics.model.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Months (YYYY-MM) from the month of `from` to that of `to`. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (d.toISOString().slice(0, 7) <= to.slice(0, 7)) {
    out.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/**
 * The moderators' dashboard, answered from the rollups the computation keeps: no read of the
 * activity stream. Activity, posts, comments, questions and events follow the space filter;
 * members, NPS, levels, cohorts, contributors and customers are community-wide.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly analytics: AnalyticsRepository,
    private readonly service: AnalyticsService,
    private readonly calendar: CommunityCalendar,
  ) {}

  async dashboard(viewer: Viewer, args: DashboardArgs): Promise<AnalyticsDashboard> {
    AnalyticsPolicy.assertRead(viewer);
    const { from, to } = args;
    const spaceId = args.spaceId ?? null;
    this.validate(from, to, spaceId);
    const [zone, totals, members, questions, nps, snapshots, flow, cohorts, top, computedAt] =
      await Promise.all([
        this.calendar.zone(),
        this.repo.totals(from, to, spaceId),
        this.repo.members(from, to),
        this.repo.questions(from, to, spaceId),
        this.repo.npsByMonth(from, to),
        this.analytics.snapshots(['matrix', 'rfm', 'tiers']),
        this.repo.tierFlow(monthOf(from), monthOf(to)),
        this.repo.cohorts(monthOf(from), monthOf(to)),
        this.analytics.topContributors(ANALYTICS_LIMITS.topContributors),
        this.analytics.lastComputedAt(),
      ]);
    const matrix = (snapshots.get('matrix') as MatrixSummaryValue | undefined) ?? null;
    const rfm = (snapshots.get('rfm') as RfmSummaryValue['segments'] | undefined) ?? [];
    const tiers = (snapshots.get('tiers') as Record<string, number> | undefined) ?? {};

    const byDay = new Map(totals.map((t) => [t.day, t]));
    const activity = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const t = byDay.get(day);
      activity.push({
        day,
        dau: t?.dau ?? 0,
        wau: t?.wau ?? 0,
        mau: t?.mau ?? 0,
        posts: t?.posts ?? 0,
        comments: t?.comments ?? 0,
      });
    }
    const sum = (f: (t: (typeof totals)[number]) => number) => totals.reduce((s, t) => s + f(t), 0);
    const attended = sum((t) => t.attended);
    const noShows = sum((t) => t.noShows);
    const seats = attended + noShows;

    const npsBy = new Map(nps.map((n) => [n.month, n]));
    const npsTrend: NpsPoint[] = monthsBetween(from, to).map((period) => {
      const n = npsBy.get(period);
      const responses = n ? n.promoters + n.passives + n.detractors : 0;
      return {
        period,
        responses,
        nps: n && responses > 0 ? ((n.promoters - n.detractors) / responses) * 100 : null,
      };
    });

    const cohortList: Cohort[] = [];
    for (const row of cohorts) {
      let c = cohortList.at(-1);
      if (c?.month !== row.cohort) {
        c = { month: row.cohort, size: row.size, retained: [] };
        cohortList.push(c);
      }
      c.size = row.size;
      c.retained.push(row.size > 0 ? row.active / row.size : 0);
    }

    return {
      from,
      to,
      timeZone: zone,
      computedAt,
      membersTotal: members.total,
      membersNew: members.new,
      stickiness: ratio(
        sum((t) => t.dau),
        sum((t) => t.mau),
      ),
      activity,
      questions: {
        asked: questions.asked,
        answered: questions.answered,
        answeredShare: ratio(questions.answered, questions.asked),
        medianFirstAnswerMinutes: questions.median,
      },
      events: {
        seats,
        attended,
        noShows,
        attendanceRate: ratio(attended, seats),
        noShowRate: ratio(noShows, seats),
      },
      npsTrend,
      tiers: this.service.distribution(new Map(Object.entries(tiers))),
      tierFlow: flow.map((f) => ({
        month: f.month,
        from: f.from as EngagementTier,
        to: f.to as EngagementTier,
        count: f.count,
      })),
      cohorts: cohortList,
      topContributors: top,
      matrix,
      rfm,
    };
  }

  private validate(from: string, to: string, spaceId: string | null): void {
    const fields = [];
    if (!isDay(from))
      fields.push({ field: 'from', issue: 'INVALID_FORMAT' as const, message: 'Use YYYY-MM-DD.' });
    if (!isDay(to))
      fields.push({ field: 'to', issue: 'INVALID_FORMAT' as const, message: 'Use YYYY-MM-DD.' });
    if (spaceId !== null && !isUuid(spaceId))
      fields.push({
        field: 'spaceId',
        issue: 'INVALID_FORMAT' as const,
        message: 'Not a space id.',
      });
    if (!fields.length) {
      const days = daysBetween(from, to) + 1;
      if (days < 1)
        fields.push({
          field: 'to',
          issue: 'OUT_OF_RANGE' as const,
          message: 'The range ends before it starts.',
        });
      else if (days > ANALYTICS_LIMITS.dashboardDaysMax)
        fields.push({
          field: 'to',
          issue: 'OUT_OF_RANGE' as const,
          message: `A range spans at most ${ANALYTICS_LIMITS.dashboardDaysMax} days.`,
          params: { max: ANALYTICS_LIMITS.dashboardDaysMax },
        });
    }
    if (fields.length) throw invalid(fields);
  }
}
