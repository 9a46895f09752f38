import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { ReviewTargetType } from '@kizuna/shared';
import type { MemberLoaderFactory } from '../../core/graphql/loaders.js';
import type { Accuracy, FlagRow, ReviewItemRow } from './review.repository.js';
import { ReviewRepository } from './review.repository.js';
import type { ReviewedContent } from './review-targets.js';
import { ModerationService } from './moderation.service.js';

@Injectable()
export class FlagsLoaderFactory {
  constructor(private readonly items: ReviewRepository) {}

  create(): DataLoader<string, FlagRow[]> {
    return new DataLoader(async (itemIds) => {
      const flags = await this.items.flagsOf(itemIds);
      return itemIds.map((id) => flags.filter((f) => f.itemId === id));
    });
  }
}

@Injectable()
export class AccuracyLoaderFactory {
  constructor(private readonly items: ReviewRepository) {}

  create(): DataLoader<string, Accuracy> {
    return new DataLoader(async (memberIds) => {
      const found = await this.items.accuracy(memberIds);
      return memberIds.map((id) => found.get(id) ?? { agreed: 0, disagreed: 0 });
    });
  }
}

@Injectable()
export class ReviewContentLoaderFactory {
  constructor(private readonly moderation: ModerationService) {}

  create(): DataLoader<ReviewItemRow, ReviewedContent | null, string> {
    return new DataLoader((items) => this.moderation.contentOf(items), {
      cacheKeyFn: (i) => `${i.targetType}:${i.targetId}`,
    });
  }
}

/** Whether the viewer flagged each target, keyed `type:id`. */
@Injectable()
export class ViewerFlaggedLoaderFactory implements MemberLoaderFactory<string, boolean> {
  constructor(private readonly items: ReviewRepository) {}

  create(memberId: string): DataLoader<string, boolean> {
    return new DataLoader(async (keys) => {
      const byType = new Map<ReviewTargetType, string[]>();
      for (const k of keys) {
        const [type, id] = k.split(':') as [ReviewTargetType, string];
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const flagged = new Set<string>();
      for (const [type, ids] of byType)
        for (const id of await this.items.flaggedBy(memberId, type, ids))
          flagged.add(`${type}:${id}`);
      return keys.map((k) => flagged.has(k));
    });
  }
}
