import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ReviewSource, ReviewTargetType, WatchedWordAction } from '@kizuna/shared';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { Db } from '../../core/database/db.js';
import { invalidField } from '../../core/errors/app-error.js';
import { ModerationSettingsRepository } from './moderation-settings.repository.js';
import { ModerationService } from './moderation.service.js';
import { WatchedWordsRepository, compact } from './watched-words.repository.js';

const DAY = 86_400_000;
/** Shorter texts ("ありがとうございます！") are repeated honestly all the time. */
const FINGERPRINT_MIN = 20;

/** What screening found about new content: refusals are thrown; the rest is acted on later. */
export interface Verdict {
  fingerprint: string | null;
  /** Created hidden, waiting for a moderator's approval. */
  hold: { source: Exclude<ReviewSource, 'flags'>; detail: string | null } | null;
  /** Published, and put in the review queue. */
  flag: { source: Exclude<ReviewSource, 'flags'>; detail: string | null } | null;
}

export interface Screened {
  /** The normalised plain text (as indexed for search). */
  searchText: string;
  links: number;
  images: number;
  mentions: number;
}

export interface Author {
  id: string;
  joinedAt: Date;
}

/**
 * Spam defence for what members write: watched words, new members' limits and held links, and
 * the same text posted again (by its author: refused; by someone else: for review).
 */
@Injectable()
export class Screening {
  constructor(
    private readonly db: Db,
    private readonly words: WatchedWordsRepository,
    private readonly settings: ModerationSettingsRepository,
    private readonly moderation: ModerationService,
  ) {}

  /**
   * Refuses what may not be posted (VALIDATION_FAILED on `body`) and says what to do with the
   * rest. An edit is screened for words and limits only, and is never held, only queued.
   */
  async screen(
    viewer: Viewer,
    author: Author,
    content: Screened,
    options: { edit?: boolean } = {},
  ): Promise<Verdict> {
    const field = 'body';
    const fingerprint =
      content.searchText.length >= FINGERPRINT_MIN
        ? createHash('sha256').update(compact(content.searchText)).digest('base64url')
        : null;
    const verdict: Verdict = { fingerprint, hold: null, flag: null };
    if (isStaff(viewer)) return verdict;
    const matches = await this.words.matching(content.searchText);
    const by = (a: WatchedWordAction) => matches.find((m) => m.action === a)?.word;
    const blocked = by('block');
    if (blocked)
      throw invalidField(field, 'INVALID_VALUE', `“${blocked}” is not allowed in this community.`, {
        word: blocked,
      });
    const s = await this.settings.get();
    const isNew =
      Date.now() - author.joinedAt.getTime() < s.newMemberDays * DAY &&
      (viewer.rankPosition ?? 1) < s.trustedRank;
    if (isNew) {
      for (const [what, count, max] of [
        ['links', content.links, s.newMemberMaxLinks],
        ['images', content.images, s.newMemberMaxImages],
        ['mentions', content.mentions, s.newMemberMaxMentions],
      ] as const)
        if (count > max)
          throw invalidField(
            field,
            'OUT_OF_RANGE',
            `New members may use at most ${max} ${what} in one post.`,
            { what, max },
          );
    }
    if (fingerprint && !options.edit) {
      const earlier = await this.db.query<Array<{ authorId: string }>>(
        `SELECT author_id AS "authorId" FROM content_fingerprints
          WHERE fingerprint = $1 AND created_at > $2 LIMIT 20`,
        [fingerprint, new Date(Date.now() - DAY)],
      );
      if (earlier.some((e) => e.authorId === author.id))
        throw invalidField(field, 'INVALID_VALUE', 'You posted the same text recently.', {
          rule: 'duplicate',
        });
      if (earlier.length) {
        const rule = { source: 'duplicate' as const, detail: null };
        if (isNew) verdict.hold = rule;
        else verdict.flag = rule;
      }
    }
    const held = by('approve');
    if (held) verdict.hold = { source: 'watched_word', detail: held };
    else if (isNew && s.holdNewMemberLinks && content.links > 0)
      verdict.hold ??= { source: 'approval', detail: 'links' };
    const flagged = by('flag');
    if (flagged && !verdict.hold) verdict.flag = { source: 'watched_word', detail: flagged };
    if (options.edit) {
      verdict.flag = verdict.hold ?? verdict.flag;
      verdict.hold = null;
      verdict.fingerprint = null;
    }
    return verdict;
  }

  /** Screens an edit and queues it when a rule asks for review, in the editing transaction. */
  async screenEdit(
    viewer: Viewer,
    author: Author,
    targetType: ReviewTargetType,
    content: Screened & { id: string; authorId: string; spaceId: string | null },
  ): Promise<void> {
    await this.record(
      targetType,
      content,
      await this.screen(viewer, author, content, { edit: true }),
    );
  }

  /** Records what was posted under the verdict, in the posting transaction. */
  async record(
    targetType: ReviewTargetType,
    content: { id: string; authorId: string; spaceId: string | null },
    verdict: Verdict,
  ): Promise<void> {
    if (verdict.fingerprint)
      await this.db.query(
        `INSERT INTO content_fingerprints (fingerprint, target_type, target_id, author_id, space_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (target_type, target_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint`,
        [verdict.fingerprint, targetType, content.id, content.authorId, content.spaceId],
      );
    const rule = verdict.hold ?? verdict.flag;
    if (rule)
      await this.moderation.hold(targetType, content, rule.source, rule.detail, !!verdict.hold);
  }
}
