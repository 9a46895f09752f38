import { Injectable } from '@nestjs/common';
import {
  LOYALTY_LISTS,
  LedgerSource,
  type ActivityAction,
  type LoyaltyStanding,
} from '@kizuna/shared';
import type { Viewer } from '../../../core/auth/viewer.js';
import { notFound } from '../../../core/errors/app-error.js';
import { isUuid } from '../../../core/ids.js';
import { sourceOf } from '../../activity/activity.actions.js';
import { ActivityService } from '../../activity/activity.service.js';
import { CustomersService } from '../../customers/customers.service.js';
import { EventsService } from '../../events/events.service.js';
import { IdeasService } from '../../feedback/ideas.service.js';
import { MembersService } from '../../members/members.service.js';
import { PointsService } from '../../points/points.service.js';
import { CommentsLoaderFactory } from '../../posts/posts.loaders.js';
import { PostsService } from '../../posts/posts.service.js';
import { SurveysService } from '../../surveys/surveys.service.js';
import { CriteriaSetsRepository } from '../lists/criteria-sets.repository.js';
import { AnalyticsPolicy } from '../analytics.policy.js';
import { LoyaltyListsRepository } from '../lists/loyalty-lists.repository.js';
import type {
  Member360,
  NpsAnswer,
  SegmentMembership,
  TimelineItem,
} from './models/member-360.model.js';

/** What a member's timeline shows: what they did, not every visit or reaction. */
const TIMELINE_ACTIONS: readonly ActivityAction[] = [
  'joined',
  'profile_completed',
  'post_created',
  'comment_created',
  'best_answer_received',
  'event_rsvped',
  'event_attended',
  'event_no_show',
  'idea_submitted',
  'idea_voted',
  'idea_planned',
  'idea_released',
  'survey_answered',
];

/** Points given outside the rules, as timeline actions. */
const GRANT_ACTION: Record<string, string> = {
  [LedgerSource.ADJUSTMENT]: 'points_adjusted',
  [LedgerSource.MISSION]: 'mission_reward',
};

/**
 * One member seen whole, for staff and the product team: profile, loyalty figures with their
 * "why", the customer behind them (orders, LTV, RFM, matrix cell), NPS history, the saved
 * segments they stand in, and a timeline of what they did with the points it earned.
 */
@Injectable()
export class Member360Service {
  constructor(
    private readonly members: MembersService,
    private readonly lists: LoyaltyListsRepository,
    private readonly sets: CriteriaSetsRepository,
    private readonly customers: CustomersService,
    private readonly surveys: SurveysService,
    private readonly activity: ActivityService,
    private readonly points: PointsService,
    private readonly posts: PostsService,
    private readonly comments: CommentsLoaderFactory,
    private readonly events: EventsService,
    private readonly ideas: IdeasService,
  ) {}

  async get(viewer: Viewer, memberId: string): Promise<Member360> {
    AnalyticsPolicy.assertRead(viewer);
    const member = isUuid(memberId) ? await this.members.findById(memberId) : null;
    if (!member) throw notFound('This member');
    const [loyalty, customer, orders, segments, timeline] = await Promise.all([
      this.lists.byMemberIds([member.id]).then((m) => m.get(member.id) ?? null),
      this.customers.customerOf(member.id),
      this.customers.ordersOf(member.id, LOYALTY_LISTS.ordersShown),
      this.segments(member.id),
      this.timeline(viewer, member.id),
    ]);
    const npsHistory = await this.npsHistory(
      viewer,
      member.id,
      customer?.customerId ? [customer.customerId] : [],
    );
    return { member, loyalty, customer, orders, npsHistory, segments, timeline };
  }

  private async npsHistory(
    viewer: Viewer,
    memberId: string,
    customerIds: string[],
  ): Promise<NpsAnswer[]> {
    const rows = await this.surveys.npsHistory(memberId, customerIds, LOYALTY_LISTS.timelineMax);
    return rows.map((r) => ({
      surveyId: r.surveyId,
      surveyTitle: viewer.locale === 'en' ? r.titleEn || r.titleJa : r.titleJa,
      score: r.score,
      npsClass: r.npsClass,
      answeredAt: r.answeredAt,
      imported: r.imported,
    }));
  }

  /** The saved sets the member meets all (loyal) or some (candidate) criteria of. */
  private async segments(memberId: string): Promise<SegmentMembership[]> {
    const sets = await this.sets.list();
    const met = sets.length ? await this.lists.metBy(memberId, sets) : null;
    if (!met) return [];
    return sets.flatMap((set, i) => {
      const n = set.criteria.length;
      const standing: LoyaltyStanding | null =
        met[i] === n ? 'loyal' : met[i] > 0 ? 'candidate' : null;
      return standing ? [{ setId: set.id, name: set.name, standing }] : [];
    });
  }

  private async timeline(viewer: Viewer, memberId: string): Promise<TimelineItem[]> {
    const max = LOYALTY_LISTS.timelineMax;
    const [acts, grants] = await Promise.all([
      this.activity.recentOf(memberId, TIMELINE_ACTIONS, max),
      this.points.grantsOf(memberId, max),
    ]);
    const [points, titles] = await Promise.all([
      this.points.pointsBySource(memberId, [...new Set(acts.map(sourceOf))]),
      this.titles(viewer, acts),
    ]);
    const items: TimelineItem[] = [
      ...acts.map((a) => ({
        at: a.occurredAt,
        action: a.action,
        subjectType: a.subjectType,
        subjectId: a.subjectId,
        title: titles.get(`${a.subjectType}:${a.subjectId}`) ?? null,
        points: points.get(sourceOf(a)) ?? null,
      })),
      ...grants.map((g) => ({
        at: g.createdAt,
        action: GRANT_ACTION[g.rule] ?? g.rule,
        subjectType: 'points',
        subjectId: g.id,
        title: g.reason,
        points: g.points,
      })),
    ];
    return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, max);
  }

  /** The titles of what activities are about, by `type:id` (a comment: its post's). */
  private async titles(
    viewer: Viewer,
    acts: ReadonlyArray<{ subjectType: string; subjectId: string }>,
  ): Promise<Map<string, string>> {
    const ids = (type: string) => [
      ...new Set(acts.filter((a) => a.subjectType === type).map((a) => a.subjectId)),
    ];
    const commentIds = ids('comment').filter(isUuid);
    const comments = commentIds.length
      ? (await this.comments.create().loadMany(commentIds)).flatMap((c) =>
          c && !(c instanceof Error) ? [c] : [],
        )
      : [];
    const postIds = [...new Set([...ids('post'), ...comments.map((c) => c.postId)])].filter(isUuid);
    const eventIds = ids('event').filter(isUuid);
    const ideaIds = ids('idea');
    const surveyIds = ids('survey').filter(isUuid);
    const [posts, events, ideas, surveys] = await Promise.all([
      postIds.length ? this.posts.findByIds(postIds) : [],
      eventIds.length ? this.events.findByIds(eventIds) : [],
      ideaIds.length ? this.ideas.findByIds(ideaIds) : [],
      surveyIds.length ? this.surveys.findByIds(surveyIds) : [],
    ]);
    const postTitles = new Map(posts.map((p) => [p.id, p.title]));
    return new Map([
      ...posts.map((p) => [`post:${p.id}`, p.title] as const),
      ...comments.flatMap((c) => {
        const title = postTitles.get(c.postId);
        return title ? [[`comment:${c.id}`, title] as const] : [];
      }),
      ...events.map((e) => [`event:${e.id}`, e.title] as const),
      ...ideas.map((i) => [`idea:${i.id}`, i.title] as const),
      ...surveys.map(
        (s) =>
          [`survey:${s.id}`, viewer.locale === 'en' ? s.titleEn || s.titleJa : s.titleJa] as const,
      ),
    ]);
  }
}
