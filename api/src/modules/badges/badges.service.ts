import { Injectable } from '@nestjs/common';
import { BadgeCriterion } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import {
  AuditTrail,
  changedFields,
  memberTarget,
  type AuditTarget,
} from '../../core/audit/audit-trail.js';
import { conflict, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { OutboxJobs } from '../../core/domain-events/outbox-jobs.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { CommunityCalendar } from '../community/community-calendar.js';
import { PointsService } from '../points/points.service.js';
import { meets } from './badge-criteria.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  BadgesRepository,
  type BadgeRow,
  type Granted,
  type MemberBadgeRow,
  type NewBadge,
} from './badges.repository.js';
import type { BadgeGrantInput, CreateBadgeInput, UpdateBadgeInput } from './badges.models.js';

export const BADGE_JOB = { backfill: 'badges.backfill' } as const;
const BATCH = 500;

/** Criteria whose threshold is a count (or streak length) of at least 1. */
const COUNTED: BadgeCriterion[] = [
  'posts',
  'best_answers',
  'reactions_received',
  'streak',
  'events_attended',
  'ideas_shipped',
];
const YEARS = { min: 2000, max: 2100 };

/** What the log keeps of a badge. */
const AUDITED = [
  'key',
  'nameJa',
  'nameEn',
  'descriptionJa',
  'descriptionEn',
  'icon',
  'criterion',
  'threshold',
  'enabled',
  'position',
] as const satisfies ReadonlyArray<keyof BadgeRow>;

const badgeTarget = (b: BadgeRow): AuditTarget => ({ type: 'badge', id: b.id, label: b.nameJa });

/** The badge a member was given or lost, as the log names it. */
const badgeRef = (b: BadgeRow) => ({ id: b.id, key: b.key, nameJa: b.nameJa, nameEn: b.nameEn });

/**
 * Badges: earned automatically when a member's stats meet a badge's criterion (each at most once
 * per member, ever), or awarded and revoked by moderators with a reason.
 */
@Injectable()
export class BadgesService {
  constructor(
    private readonly db: Db,
    private readonly badges: BadgesRepository,
    private readonly members: MembersService,
    private readonly points: PointsService,
    private readonly calendar: CommunityCalendar,
    private readonly notifications: NotificationsService,
    private readonly jobs: OutboxJobs,
    private readonly audit: AuditTrail,
  ) {}

  /** Read interface for other modules. */
  findById(id: string): Promise<BadgeRow | null> {
    return this.badges.findById(id);
  }

  list(viewer: Reader, includeDisabled: boolean): Promise<BadgeRow[]> {
    if (includeDisabled && memberOf(viewer)?.role !== 'admin')
      throw forbidden('Only admins can see disabled badges.');
    return this.badges.list(includeDisabled);
  }

  async byKey(viewer: Reader, key: string): Promise<BadgeRow> {
    const badge = await this.badges.findByKey(key);
    if (!badge || (!badge.enabled && memberOf(viewer)?.role !== 'admin'))
      throw notFound('This badge');
    return badge;
  }

  async holders(badge: BadgeRow, args: PageArgs): Promise<Connection<MemberBadgeRow>> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.badges.holders(badge.id, args.first, after);
    return toConnection(rows, args.first, (r) => [r.grantedAt.toISOString(), r.memberId]);
  }

  create(viewer: Viewer, input: CreateBadgeInput): Promise<BadgeRow> {
    return this.db.transaction(async () => {
      this.checkThreshold(input.criterion, input.threshold);
      if (await this.badges.keyTaken(input.key))
        throw conflict('key', 'A badge with this key already exists.');
      const badge = await this.badges.insert({
        key: input.key,
        nameJa: input.nameJa.trim(),
        nameEn: input.nameEn.trim(),
        descriptionJa: input.descriptionJa.trim(),
        descriptionEn: input.descriptionEn.trim(),
        icon: input.icon.trim() || '🏅',
        criterion: input.criterion,
        threshold: input.threshold,
        enabled: input.enabled,
        position: input.position ?? (await this.badges.nextPosition()),
      });
      await this.audit.record(viewer, {
        action: 'badge.create',
        target: badgeTarget(badge),
        after: Object.fromEntries(AUDITED.map((k) => [k, badge[k]])),
      });
      await this.backfillLater(badge);
      return badge;
    });
  }

  update(viewer: Viewer, input: UpdateBadgeInput): Promise<BadgeRow> {
    return this.db.transaction(async () => {
      const current = isUuid(input.id) ? await this.badges.findById(input.id) : null;
      if (!current) throw notFound('This badge');
      const criterion = input.criterion ?? current.criterion;
      const threshold = input.threshold ?? current.threshold;
      this.checkThreshold(criterion, threshold);
      if (input.key !== undefined && (await this.badges.keyTaken(input.key, current.id)))
        throw conflict('key', 'A badge with this key already exists.');
      const patch: Partial<NewBadge> = {
        key: input.key,
        nameJa: input.nameJa?.trim(),
        nameEn: input.nameEn?.trim(),
        descriptionJa: input.descriptionJa?.trim(),
        descriptionEn: input.descriptionEn?.trim(),
        icon: input.icon?.trim() || undefined,
        criterion: input.criterion,
        threshold: input.threshold,
        enabled: input.enabled,
        position: input.position,
      };
      await this.badges.update(current.id, patch);
      const badge = (await this.badges.findById(current.id))!;
      const diff = changedFields(current, badge, AUDITED);
      if (diff)
        await this.audit.record(viewer, {
          action: 'badge.update',
          target: badgeTarget(current),
          ...diff,
        });
      // Turned on, or a criterion now met by more members: those members earn it now.
      if (
        badge.enabled !== current.enabled ||
        badge.criterion !== current.criterion ||
        badge.threshold !== current.threshold
      )
        await this.backfillLater(badge);
      return badge;
    });
  }

  /**
   * A moderator gives a manual badge, or gives back a revoked one (which notifies again: the
   * new grant has a notification key of its own).
   */
  award(viewer: Viewer, input: BadgeGrantInput): Promise<MemberBadgeRow> {
    const reason = this.reasonOf(input.reason);
    return this.db.transaction(async () => {
      const { badge, member } = await this.target(input);
      if (!badge.enabled)
        throw invalidField('badgeId', 'INVALID_VALUE', 'This badge is turned off.');
      const held = await this.badges.lockHeld(member.id, badge.id);
      if (held && !held.revokedAt) throw conflict('badgeId', 'This member already has this badge.');
      if (!held && badge.criterion !== 'manual') {
        throw invalidField(
          'badgeId',
          'INVALID_VALUE',
          'This badge is earned automatically: only manual badges can be awarded.',
        );
      }
      const granted = held
        ? await this.badges.regrant(member.id, badge.id, viewer.memberId, reason)
        : await this.badges.grant(member.id, badge.id, viewer.memberId, reason);
      if (!granted) throw conflict('badgeId', 'This member already has this badge.');
      await this.audit.record(viewer, {
        action: 'badge.award',
        target: memberTarget(member),
        after: { badge: badgeRef(badge) },
        reason,
      });
      await this.announce([granted], [badge]);
      return (await this.badges.held(member.id, badge.id))!;
    });
  }

  /** A moderator takes a badge back; the row stays, with who revoked it, when and why. */
  revoke(viewer: Viewer, input: BadgeGrantInput): Promise<MemberBadgeRow> {
    const reason = this.reasonOf(input.reason);
    return this.db.transaction(async () => {
      const { badge, member } = await this.target(input);
      const held = await this.badges.lockHeld(member.id, badge.id);
      if (!held || held.revokedAt)
        throw invalidField('badgeId', 'INVALID_VALUE', 'This member does not have this badge.');
      await this.badges.revoke(member.id, badge.id, viewer.memberId, reason);
      await this.audit.record(viewer, {
        action: 'badge.revoke',
        target: memberTarget(member),
        before: { badge: badgeRef(badge) },
        reason,
      });
      return (await this.badges.held(member.id, badge.id))!;
    });
  }

  /** Grants the automatic badges members now meet; safe to run any number of times. */
  evaluate(memberIds: string[], only: BadgeRow[] | null = null): Promise<number> {
    return this.db.transaction(async () => {
      const badges = only ?? (await this.badges.automatic());
      if (!badges.length || !memberIds.length) return 0;
      // One connection: in a transaction, statements go one after another.
      const members = await this.members.briefs(memberIds);
      const stats = await this.points.counters(memberIds);
      const zone = await this.calendar.zone();
      const statsOf = new Map(stats.map((s) => [s.memberId, s]));
      const pairs = members
        .filter((m) => m.status === 'active')
        .flatMap((m) => {
          const s = statsOf.get(m.memberId);
          const standing = {
            joinedAt: m.joinedAt,
            posts: s?.posts ?? 0,
            bestAnswers: s?.bestAnswers ?? 0,
            reactionsReceived: s?.reactionsReceived ?? 0,
            eventsAttended: s?.eventsAttended ?? 0,
            ideas: s?.ideas ?? 0,
            ideasShipped: s?.ideasShipped ?? 0,
            bestStreak: s?.bestStreak ?? 0,
          };
          return badges
            .filter((b) => meets(b, standing, zone))
            .map((b) => ({ memberId: m.memberId, badgeId: b.id }));
        });
      const granted = await this.badges.grantNew(pairs);
      await this.announce(granted, badges);
      return granted.length;
    });
  }

  /**
   * Grants a badge as a reward (a mission's), unless the member has or had it: a revoked badge
   * is not given back by a reward. True when granted now.
   */
  reward(memberId: string, badgeId: string, reason: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const badge = await this.badges.findById(badgeId);
      if (!badge?.enabled) return false;
      const granted = await this.badges.grant(memberId, badge.id, null, reason);
      if (granted) await this.announce([granted], [badge]);
      return !!granted;
    });
  }

  /** Every active member who meets a badge earns it, in batches (after it is made or changed). */
  async backfill(badgeId: string): Promise<void> {
    const badge = await this.badges.findById(badgeId);
    if (!badge?.enabled || badge.criterion === 'manual') return;
    let after: string | null = null;
    for (;;) {
      const ids = await this.members.activeIdsAfter(after, BATCH);
      if (!ids.length) return;
      await this.evaluate(ids, [badge]);
      after = ids[ids.length - 1];
    }
  }

  /** The member hears about each new grant once: the key carries the grant's generation. */
  private async announce(granted: Granted[], known: BadgeRow[] = []): Promise<void> {
    if (!granted.length) return;
    const byId = new Map(known.map((b) => [b.id, b]));
    const missing = [...new Set(granted.map((g) => g.badgeId))].filter((id) => !byId.has(id));
    for (const b of missing.length ? await this.badges.findByIds(missing) : []) byId.set(b.id, b);
    await this.notifications.notifyAll(
      granted.flatMap((g) => {
        const badge = byId.get(g.badgeId);
        if (!badge) return [];
        return [
          {
            memberId: g.memberId,
            kind: 'badge' as const,
            dedupeKey: g.generation > 1 ? `badge:${badge.id}:${g.generation}` : `badge:${badge.id}`,
            subject: { type: 'badge' as const, id: badge.id },
            params: { nameJa: badge.nameJa, nameEn: badge.nameEn, icon: badge.icon },
          },
        ];
      }),
    );
  }

  private async backfillLater(badge: BadgeRow): Promise<void> {
    if (!badge.enabled || badge.criterion === 'manual') return;
    await this.jobs.enqueue(BADGE_JOB.backfill, { badgeId: badge.id });
  }

  private async target(input: BadgeGrantInput): Promise<{ badge: BadgeRow; member: MemberEntity }> {
    const badge = isUuid(input.badgeId) ? await this.badges.findById(input.badgeId) : null;
    if (!badge) throw notFound('This badge');
    const member = isUuid(input.memberId) ? await this.members.findById(input.memberId) : null;
    if (!member || member.status === 'pending') throw notFound('This member');
    return { badge, member };
  }

  private reasonOf(reason: string): string {
    const why = reason.trim();
    if (!why) throw invalidField('reason', 'REQUIRED', 'Say why.');
    return why;
  }

  private checkThreshold(criterion: BadgeCriterion, threshold: number): void {
    if (COUNTED.includes(criterion) && threshold < 1)
      throw invalidField('threshold', 'OUT_OF_RANGE', 'Must be at least 1.', { min: 1 });
    if (criterion === 'member_since' && (threshold < YEARS.min || threshold > YEARS.max)) {
      throw invalidField(
        'threshold',
        'OUT_OF_RANGE',
        `Give a year between ${YEARS.min} and ${YEARS.max}.`,
        { min: YEARS.min, max: YEARS.max },
      );
    }
  }
}
