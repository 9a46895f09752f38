import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { BoardsRepository, type BoardRow } from './boards.repository.js';
import { IdeasRepository, type IdeaRow, type StatusChangeRow } from './ideas.repository.js';

type ViewerKey = { id: string; memberId: string };
const viewerKey = { cacheKeyFn: (k: ViewerKey) => `${k.memberId}:${k.id}` };

/** Groups rows by a key, in the order of `keys`. */
function grouped<T>(keys: readonly string[], rows: T[], keyOf: (r: T) => string): T[][] {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(keyOf(r), [...(by.get(keyOf(r)) ?? []), r]);
  return keys.map((k) => by.get(k) ?? []);
}

@Injectable()
export class IdeasLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<string, IdeaRow | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.ideas.findByIds(ids)).map((i) => [i.id, i]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

@Injectable()
export class BoardsLoaderFactory {
  constructor(private readonly boards: BoardsRepository) {}

  create(): DataLoader<string, BoardRow | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.boards.findByIds(ids)).map((b) => [b.id, b]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

/** Approved ideas that are not merged, per board. */
@Injectable()
export class BoardIdeaCountLoaderFactory {
  constructor(private readonly boards: BoardsRepository) {}

  create(): DataLoader<string, number> {
    return new DataLoader(async (ids) => {
      const counts = await this.boards.ideaCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}

/** The viewer's open votes on each board. */
@Injectable()
export class ViewerOpenVotesLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<ViewerKey, number, string> {
    return new DataLoader(async (keys) => {
      const counts = await this.ideas.openVotes(
        keys[0].memberId,
        keys.map((k) => k.id),
      );
      return keys.map((k) => counts.get(k.id) ?? 0);
    }, viewerKey);
  }
}

/** Whether the viewer's vote counts on each idea. */
@Injectable()
export class ViewerVotedLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<ViewerKey, boolean, string> {
    return new DataLoader(async (keys) => {
      const voted = await this.ideas.votedBy(
        keys[0].memberId,
        keys.map((k) => k.id),
      );
      return keys.map((k) => voted.has(k.id));
    }, viewerKey);
  }
}

@Injectable()
export class ViewerFollowsLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<ViewerKey, boolean, string> {
    return new DataLoader(async (keys) => {
      const followed = await this.ideas.followedBy(
        keys[0].memberId,
        keys.map((k) => k.id),
      );
      return keys.map((k) => followed.has(k.id));
    }, viewerKey);
  }
}

@Injectable()
export class StatusHistoryLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<string, StatusChangeRow[]> {
    return new DataLoader(async (ids) =>
      grouped(ids, await this.ideas.history(ids), (c) => c.ideaId),
    );
  }
}

/** The ideas merged into each idea. */
@Injectable()
export class MergedIdeasLoaderFactory {
  constructor(private readonly ideas: IdeasRepository) {}

  create(): DataLoader<string, IdeaRow[]> {
    return new DataLoader(async (ids) =>
      grouped(ids, await this.ideas.mergedInto(ids), (i) => i.mergedIntoId!),
    );
  }
}
