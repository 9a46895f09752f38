import { Injectable } from '@nestjs/common';
import {
  MODERATORS_ROOM,
  flagWeight,
  type FlagReason,
  type ModerationSettings,
  type ReviewAction,
  type ReviewSource,
  type ReviewStatus,
  type ReviewTargetType,
} from '@kizuna/shared';
import { AuditTrail } from '../../core/audit/audit-trail.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { conflict, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { CommunityService } from '../community/community.service.js';
import { MembersService } from '../members/members.service.js';
import { ModerationSettingsRepository } from './moderation-settings.repository.js';
import {
  ReviewRepository,
  type FlagRow,
  type QueueFilter,
  type ReviewItemRow,
} from './review.repository.js';
import { ReviewTargets, type ReviewedContent } from './review-targets.js';

const HOUR = 3600;

export interface FlagInput {
  targetType: ReviewTargetType;
  targetId: string;
  reason: FlagReason;
  note?: string | null;
}

export interface ResolveInput {
  itemId: string;
  action: ReviewAction;
  reason?: string | null;
  /** With AGREE_SUSPEND: days until the suspension lifts; null: until restored. */
  suspendDays?: number | null;
}

const STATUS_OF: Record<ReviewAction, Exclude<ReviewStatus, 'pending'>> = {
  agree_hide: 'agreed',
  agree_delete: 'agreed',
  agree_suspend: 'agreed',
  disagree: 'disagreed',
  ignore: 'ignored',
};

/**
 * Flags, the review queue and its decisions. Flags gather into one item per target; their
 * weighted score hides the target pending review at the threshold. A decision resolves every
 * flag of the item at once, exactly once however many moderators press at the same time.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: Db,
    private readonly items: ReviewRepository,
    private readonly settings: ModerationSettingsRepository,
    private readonly targets: ReviewTargets,
    private readonly members: MembersService,
    private readonly community: CommunityService,
    private readonly limiter: RateLimiter,
    private readonly events: EventBus,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditTrail,
  ) {}

  settingsNow(): Promise<ModerationSettings> {
    return this.settings.get();
  }

  async updateSettings(
    viewer: Viewer,
    patch: Partial<ModerationSettings>,
  ): Promise<ModerationSettings> {
    return this.db.transaction(async () => {
      const before = await this.settings.get();
      const after = await this.settings.update(patch);
      const changed = Object.keys(patch) as Array<keyof ModerationSettings>;
      await this.audit.record(viewer, {
        action: 'moderationSettings.update',
        target: { type: 'community', label: 'moderation' },
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
      return after;
    });
  }

  async flag(viewer: Viewer, input: FlagInput): Promise<ReviewItemRow> {
    const settings = await this.settings.get();
    if ((viewer.rankPosition ?? 1) < settings.flagMinRank)
      throw forbidden(`Members reach rank ${settings.flagMinRank} before they can flag.`);
    const flagger = await this.members.require(viewer.memberId);
    this.members.assertMayPost(flagger);
    if (input.reason === 'other' && !input.note?.trim())
      throw invalidField('note', 'REQUIRED', 'Tell the moderators what is wrong.');
    const target = isUuid(input.targetId) ? await this.flaggable(viewer, input) : null;
    if (!target || target.deleted) throw notFound('What you flagged');
    if (target.authorId === viewer.memberId)
      throw invalidField(
        'targetId',
        'INVALID_VALUE',
        input.targetType === 'member'
          ? 'You cannot flag yourself.'
          : 'You cannot flag what you wrote.',
      );
    const accuracy = (await this.items.accuracy([viewer.memberId])).get(viewer.memberId);
    const weight = flagWeight(
      viewer.rankPosition ?? 1,
      accuracy?.agreed ?? 0,
      accuracy?.disagreed ?? 0,
    );
    return this.db.transaction(async () => {
      // Counted in the transaction: a refused flag (already flagged) gives its slot back.
      await this.limiter.take(
        { name: 'flag', limit: settings.flagsPerHour, windowSeconds: HOUR },
        viewer.memberId,
      );
      const item = await this.items.open(input.targetType, target.id, target.authorId, 'flags');
      const flag = await this.items.addFlag({
        itemId: item.id,
        targetType: input.targetType,
        targetId: target.id,
        flaggerId: viewer.memberId,
        reason: input.reason,
        note: input.note?.trim() || null,
        weight,
      });
      if (!flag) throw conflict('targetId', 'You have already flagged this.');
      const { justReached } = await this.items.addWeight(item.id, weight, settings.hideThreshold);
      if (justReached && input.targetType !== 'member' && !target.hidden)
        await this.targets.get(input.targetType).hide(target.id, null, null);
      await this.changed(item.id);
      return (await this.items.findById(item.id))!;
    });
  }

  /**
   * What the member may flag: what they can read, and what other flags hid a moment ago (they
   * saw it when they pressed the button; their flag still counts).
   */
  private async flaggable(viewer: Viewer, input: FlagInput): Promise<ReviewedContent | null> {
    const handler = this.targets.get(input.targetType);
    const readable = await handler.readable(viewer, input.targetId);
    if (readable) return readable;
    const open = await this.items.openFor(input.targetType, input.targetId);
    return open?.hiddenByReview && open.source === 'flags'
      ? ((await handler.find([input.targetId])).get(input.targetId) ?? null)
      : null;
  }

  /**
   * Puts new content in the queue on a rule's behalf (a watched word, a new member's link, a
   * duplicate); `held` when it was created hidden, waiting for approval.
   */
  async hold(
    targetType: ReviewTargetType,
    content: { id: string; authorId: string },
    source: Exclude<ReviewSource, 'flags'>,
    detail: string | null,
    held: boolean,
  ): Promise<void> {
    const item = await this.items.open(targetType, content.id, content.authorId, source, detail);
    if (held) await this.items.markHidden(item.id);
    await this.changed(item.id);
  }

  async resolve(viewer: Viewer, input: ResolveInput): Promise<ReviewItemRow> {
    if (!isUuid(input.itemId)) throw notFound('This review item');
    const status = STATUS_OF[input.action];
    return this.db.transaction(async () => {
      const resolved = await this.items.resolve(
        input.itemId,
        status,
        input.action,
        viewer.memberId,
      );
      if (!resolved) {
        if (!(await this.items.findById(input.itemId))) throw notFound('This review item');
        throw conflict('itemId', 'Another moderator has already decided this item.');
      }
      const handler = this.targets.get(resolved.targetType);
      const target = (await handler.find([resolved.targetId])).get(resolved.targetId);
      const reason = input.reason?.trim() || null;
      switch (input.action) {
        case 'agree_hide':
          if (target && !target.hidden && resolved.targetType !== 'member')
            await handler.hide(resolved.targetId, reason, viewer.memberId);
          break;
        case 'agree_delete':
          if (!handler.remove)
            throw invalidField('action', 'INVALID_VALUE', 'A profile cannot be deleted.');
          if (target && !target.deleted) await handler.remove(resolved.targetId, viewer);
          break;
        case 'agree_suspend':
          if (!resolved.authorId)
            throw invalidField('action', 'INVALID_VALUE', 'Nobody to suspend: the author is gone.');
          if (target && !target.hidden && resolved.targetType !== 'member')
            await handler.hide(resolved.targetId, reason, viewer.memberId);
          await this.community.suspendMember(viewer, {
            memberId: resolved.authorId,
            reason,
            days: input.suspendDays ?? null,
          });
          break;
        case 'disagree':
          if (target?.hidden && resolved.hiddenByReview && !target.deleted)
            await handler.show(resolved.targetId, viewer.memberId);
          break;
        case 'ignore':
          break;
      }
      await this.items.settleFlags(resolved.id, status);
      if (status !== 'ignored')
        await this.events.emit('review.resolved', {
          itemId: resolved.id,
          status,
          moderatorId: viewer.memberId,
        });
      await this.audit.record(viewer, {
        action: 'review.resolve',
        target: { type: resolved.targetType, id: resolved.targetId, label: target?.label },
        before: { status: 'pending', hidden: target?.hidden ?? null, flags: resolved.flagCount },
        after: { status, action: input.action },
        reason,
      });
      await this.changed(resolved.id);
      return resolved;
    });
  }

  async queue(
    filter: QueueFilter,
    first: number,
    after?: string | null,
  ): Promise<Connection<ReviewItemRow>> {
    const cursor = decodeCursor(after, ['date', 'uuid']) as [string, string] | null;
    const rows = await this.items.page(filter, first + 1, cursor);
    return toConnection(rows, first, (r) => [r.updatedAt.toISOString(), r.id]);
  }

  async item(id: string): Promise<ReviewItemRow> {
    const item = isUuid(id) ? await this.items.findById(id) : null;
    if (!item) throw notFound('This review item');
    return item;
  }

  pendingCount(): Promise<number> {
    return this.items.pendingCount();
  }

  flagsOf(itemIds: readonly string[]): Promise<FlagRow[]> {
    return this.items.flagsOf(itemIds);
  }

  async contentOf(items: readonly ReviewItemRow[]): Promise<Array<ReviewedContent | null>> {
    const byType = new Map<ReviewTargetType, string[]>();
    for (const i of items)
      byType.set(i.targetType, [...(byType.get(i.targetType) ?? []), i.targetId]);
    const found = new Map<string, ReviewedContent>();
    for (const [type, ids] of byType)
      for (const [id, c] of await this.targets.get(type).find(ids)) found.set(`${type}:${id}`, c);
    return items.map((i) => found.get(`${i.targetType}:${i.targetId}`) ?? null);
  }

  flaggedBy(viewer: Viewer, targetType: ReviewTargetType, ids: readonly string[]) {
    return this.items.flaggedBy(viewer.memberId, targetType, ids);
  }

  /** Who flagged an item, and what it was (for telling them the verdict). */
  async flaggersOf(itemId: string): Promise<{ flaggerIds: string[]; label: string; path: string }> {
    const item = await this.items.findById(itemId);
    if (!item) return { flaggerIds: [], label: '', path: '' };
    const [content] = await this.contentOf([item]);
    const flags = await this.items.flagsOf([itemId]);
    return {
      flaggerIds: flags.map((f) => f.flaggerId),
      label: content?.label ?? '',
      path: content?.path ?? '',
    };
  }

  authorHistory(authorId: string) {
    return this.items.authorHistory(authorId);
  }

  /**
   * A member's record for moderators: the restrictions in force, warnings and suspensions, the
   * reviews of their content and how often their own flags were upheld.
   */
  async memberRecord(memberId: string) {
    const member = await this.members.require(memberId);
    const [sanctions, reviewHistory, accuracy] = await Promise.all([
      this.members.sanctionsOf(member.id),
      this.items.authorHistory(member.id),
      this.items.accuracy([member.id]),
    ]);
    return {
      member,
      suspendedUntil: member.suspendedUntil,
      silencedUntil:
        member.silencedUntil && member.silencedUntil > new Date() ? member.silencedUntil : null,
      silenceReason: member.silenceReason,
      sanctions,
      reviewHistory,
      accuracy: accuracy.get(member.id) ?? { agreed: 0, disagreed: 0 },
    };
  }

  /** Moderators' queues refresh after the commit. */
  private async changed(itemId: string): Promise<void> {
    this.db.afterCommit(async () =>
      this.realtime.push(MODERATORS_ROOM, 'review:changed', {
        itemId,
        pending: await this.items.pendingCount(),
      }),
    );
  }
}
