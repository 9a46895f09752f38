import { Injectable } from '@nestjs/common';
import type { ReviewTargetType } from '@kizuna/shared';
import type { Viewer } from '../../core/auth/viewer.js';

/** What the review queue shows of a flagged thing, whoever may otherwise read it. */
export interface ReviewedContent {
  id: string;
  authorId: string;
  /** A title, or the start of the text: what a person recognises it by. */
  label: string;
  /** Plain text of the content (a profile's bio), cut short. */
  excerpt: string;
  /** Its page in the web app. */
  path: string;
  hidden: boolean;
  deleted: boolean;
  createdAt: Date;
}

/**
 * How the module that owns a kind of content lets moderation see and act on it. Each owner
 * registers its handler at boot, so moderation depends on no content module.
 */
export interface ReviewTargetHandler {
  /** The content as `reader` may see it, or null (not there, or not for them). */
  readable(reader: Viewer, id: string): Promise<ReviewedContent | null>;
  find(ids: readonly string[]): Promise<Map<string, ReviewedContent>>;
  /** Hidden pending review or by a moderator's decision: what it earned is taken back. */
  hide(id: string, reason: string | null, moderatorId: string | null): Promise<void>;
  /** Shown again: what it earned is given back. */
  show(id: string, moderatorId: string): Promise<void>;
  /** Deleted by a moderator; absent where the content cannot be deleted (a profile). */
  remove?(id: string, moderator: Viewer): Promise<void>;
}

@Injectable()
export class ReviewTargets {
  private readonly handlers = new Map<ReviewTargetType, ReviewTargetHandler>();

  register(type: ReviewTargetType, handler: ReviewTargetHandler): void {
    this.handlers.set(type, handler);
  }

  get(type: ReviewTargetType): ReviewTargetHandler {
    const handler = this.handlers.get(type);
    if (!handler) throw new Error(`No review handler for ${type}`);
    return handler;
  }
}
