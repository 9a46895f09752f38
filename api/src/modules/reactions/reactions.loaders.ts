import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { ReactionTarget } from '@kizuna/shared';
import { ReactionsRepository, type ReactionKindRow } from './reactions.repository.js';

export interface ReactionsKey {
  target: ReactionTarget;
  id: string;
  viewerId: string | null;
}

export interface TargetReactions {
  counts: Map<string, number>;
  mine: Set<string>;
}

/** Counts per kind and the viewer's own reactions for every post or comment on a page: one query. */
@Injectable()
export class ReactionsLoaderFactory {
  constructor(private readonly reactions: ReactionsRepository) {}

  create(): DataLoader<ReactionsKey, TargetReactions, string> {
    return new DataLoader(
      async (keys) => {
        const out = new Map<string, TargetReactions>(
          keys.map((k) => [`${k.target}:${k.id}`, { counts: new Map(), mine: new Set() }]),
        );
        for (const target of new Set(keys.map((k) => k.target))) {
          const ids = keys.filter((k) => k.target === target).map((k) => k.id);
          const viewerId = keys.find((k) => k.target === target)?.viewerId ?? null;
          for (const r of await this.reactions.counts(target, ids, viewerId)) {
            const summary = out.get(`${target}:${r.targetId}`)!;
            summary.counts.set(r.kind, r.count);
            if (r.mine) summary.mine.add(r.kind);
          }
        }
        return keys.map((k) => out.get(`${k.target}:${k.id}`)!);
      },
      { cacheKeyFn: (k) => `${k.target}:${k.id}` },
    );
  }
}

/** The reaction kinds, read once per request however many targets need them. */
@Injectable()
export class ReactionKindsLoaderFactory {
  constructor(private readonly reactions: ReactionsRepository) {}

  create(): DataLoader<'all', ReactionKindRow[]> {
    return new DataLoader(async (keys) => {
      const kinds = await this.reactions.kinds();
      return keys.map(() => kinds);
    });
  }
}
