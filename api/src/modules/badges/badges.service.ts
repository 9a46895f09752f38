import { Injectable } from '@nestjs/common';
import { BadgeCriterion } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { conflict, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { MembersRepository } from '../members/members.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  BadgesRepository,
  type BadgeRow,
  type Granted,
  type MemberBadgeRow,
  type NewBadge,
} from './badges.repository.js';
import type { BadgeGrantInput, CreateBadgeInput, UpdateBadgeInput } from './badges.models.js';

export const BADGE_JOB = { evaluate: 'badges.evaluate', backfill: 'badges.backfill' } as const;
const BATCH = 500;

/** Criteria whose threshold is a count (or streak length) of at least 1. */
const COUNTED: BadgeCriterion[] = ['posts', 'best_answers', 'reactions_received', 'streak'];
const YEARS = { min: 2000, max: 2100 };

/**
 * Badges: earned automatically when a member's stats meet a badge's criterion (each at most once
 * per member, ever), or awarded and revoked by moderators with a reason.
 */
@Injectable()
export class BadgesService {
  constructor(
    private readonly db: Db,
    private readonly badges: BadgesRepository,
    private readonly members: MembersRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: Jobs,
  ) {}

  list(viewer: Viewer, includeDisabled: boolean): Promise<BadgeRow[]> {
    if (includeDisabled && viewer.role !== 'admin')
      throw forbidden('Only admins can see disabled badges.');
    return this.badges.list(includeDisabled);
  }

  async byKey(viewer: Viewer, key: string): Promise<BadgeRow> {
    const badge = await this.badges.findByKey(key);
    if (!badge || (!badge.enabled && viewer.role !== 'admin')) throw notFound('This badge');
    return badge;
  }

  async holders(badge: BadgeRow, args: PageArgs): Promise<Connection<MemberBadgeRow>> {
    const after = decodeCursor(args.after, ['date', 'uuid']);
    const rows = await this.badges.holders(badge.id, args.first, after);
    return toConnection(rows, args.first, (r) => [r.grantedAt.toISOString(), r.memberId]);
  }

  create(input: CreateBadgeInput): Promise<BadgeRow> {
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
      this.backfillLater(badge);
      return badge;
    });
  }

  update(input: UpdateBadgeInput): Promise<BadgeRow> {
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
      // Turned on, or a criterion now met by more members: those members earn it now.
      if (
        badge.enabled !== current.enabled ||
        badge.criterion !== current.criterion ||
        badge.threshold !== current.threshold
      )
        this.backfillLater(badge);
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
      const { badge, memberId } = await this.target(input);
      if (!badge.enabled)
        throw invalidField('badgeId', 'INVALID_VALUE', 'This badge is turned off.');
      const held = await this.badges.lockHeld(memberId, badge.id);
      if (held && !held.revokedAt) throw conflict('badgeId', 'This member already has this badge.');
      if (!held && badge.criterion !== 'manual') {
        throw invalidField(
          'badgeId',
          'INVALID_VALUE',
          'This badge is earned automatically: only manual badges can be awarded.',
        );
      }
      const granted = held
        ? await this.badges.regrant(memberId, badge.id, viewer.memberId, reason)
        : await this.badges.grant(memberId, badge.id, viewer.memberId, reason);
      if (!granted) throw conflict('badgeId', 'This member already has this badge.');
      await this.announce([granted], [badge]);
      return (await this.badges.held(memberId, badge.id))!;
    });
  }

  /** A moderator takes a badge back; the row stays, with who revoked it, when and why. */
  revoke(viewer: Viewer, input: BadgeGrantInput): Promise<MemberBadgeRow> {
    const reason = this.reasonOf(input.reason);
    return this.db.transaction(async () => {
      const { badge, memberId } = await this.target(input);
      const held = await this.badges.lockHeld(memberId, badge.id);
      if (!held || held.revokedAt)
        throw invalidField('badgeId', 'INVALID_VALUE', 'This member does not have this badge.');
      await this.badges.revoke(memberId, badge.id, viewer.memberId, reason);
      return (await this.badges.held(memberId, badge.id))!;
    });
  }

  /** Grants the automatic badges a member now meets; safe to run any number of times. */
  evaluate(memberId: string): Promise<number> {
    return this.db.transaction(async () => {
      const granted = await this.badges.earn([memberId]);
      await this.announce(granted);
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
      const ids = await this.badges.memberIdsAfter(after, BATCH);
      if (!ids.length) return;
      await this.db.transaction(async () => {
        await this.announce(await this.badges.earn(ids, badge.id), [badge]);
      });
      after = ids[ids.length - 1];
    }
  }

  /** The member hears about each new grant once: the key carries the grant's generation. */
  private async announce(granted: Granted[], known: BadgeRow[] = []): Promise<void> {
    if (!granted.length) return;
    const byId = new Map(known.map((b) => [b.id, b]));
    const missing = [...new Set(granted.map((g) => g.badgeId))].filter((id) => !byId.has(id));
    for (const b of missing.length ? await this.badges.findByIds(missing) : []) byId.set(b.id, b);
    for (const g of granted) {
      const badge = byId.get(g.badgeId);
      if (!badge) continue;
      await this.notifications.notify({
        memberId: g.memberId,
        kind: 'badge',
        dedupeKey: g.generation > 1 ? `badge:${badge.id}:${g.generation}` : `badge:${badge.id}`,
        data: { message: `${badge.icon} ${badge.nameJa} / ${badge.nameEn}` },
      });
    }
  }

  private backfillLater(badge: BadgeRow): void {
    if (!badge.enabled || badge.criterion === 'manual') return;
    this.db.afterCommit(() => this.jobs.enqueue(BADGE_JOB.backfill, { badgeId: badge.id }));
  }

  private async target(input: BadgeGrantInput): Promise<{ badge: BadgeRow; memberId: string }> {
    const badge = isUuid(input.badgeId) ? await this.badges.findById(input.badgeId) : null;
    if (!badge) throw notFound('This badge');
    const member = isUuid(input.memberId) ? await this.members.findById(input.memberId) : null;
    if (!member || member.status === 'pending') throw notFound('This member');
    return { badge, memberId: member.id };
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
