import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import type { ReactionTarget } from '@kizuna/shared';
import { ReactionsRepository } from './reactions.repository.js';
import { ReactionsService } from './reactions.service.js';
import type { ReactionCount } from './reactions.models.js';

export interface ReactionsKey {
  target: ReactionTarget;
  id: string;
  viewerId: string | null;
}

export interface TargetReactions {
  counts: Map<string, number>;
  mine: Set<string>;
}

const keyOf = (k: ReactionsKey) => `${k.target}:${k.id}`;

/**
 * The reactions of every post or comment on a page as they are shown (counts per kind, the
 * viewer's own): the kinds (cached) and one statement per target type, read in parallel.
 */
@Injectable()
export class ReactionsLoaderFactory {
  constructor(
    private readonly reactions: ReactionsRepository,
    private readonly service: ReactionsService,
  ) {}

  create(): DataLoader<ReactionsKey, ReactionCount[], string> {
    return new DataLoader(
      async (keys) => {
        const targets = [...new Set(keys.map((k) => k.target))];
        const [kinds, counts] = await Promise.all([
          this.reactions.kinds(),
          Promise.all(
            targets.map((target) => {
              const ofTarget = keys.filter((k) => k.target === target);
              return this.reactions.counts(
                target,
                ofTarget.map((k) => k.id),
                ofTarget[0].viewerId,
              );
            }),
          ),
        ]);
        const out = new Map<string, TargetReactions>(
          keys.map((k) => [keyOf(k), { counts: new Map(), mine: new Set() }]),
        );
        targets.forEach((target, i) => {
          for (const r of counts[i]) {
            const summary = out.get(`${target}:${r.targetId}`)!;
            summary.counts.set(r.kind, r.count);
            if (r.mine) summary.mine.add(r.kind);
          }
        });
        return keys.map((k) => this.service.summarize(kinds, out.get(keyOf(k))!));
      },
      { cacheKeyFn: keyOf },
    );
  }
}
