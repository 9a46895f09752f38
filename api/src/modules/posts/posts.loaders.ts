import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { CommentsRepository, type HiddenShown } from './comments.repository.js';
import { PostsRepository } from './posts.repository.js';
import type { CommentEntity } from './entities/comment.entity.js';
import type { PostEntity } from './entities/post.entity.js';

@Injectable()
export class PostsLoaderFactory {
  constructor(private readonly posts: PostsRepository) {}

  create(): DataLoader<string, PostEntity | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.posts.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

@Injectable()
export class CommentsLoaderFactory {
  constructor(private readonly comments: CommentsRepository) {}

  create(): DataLoader<string, CommentEntity | null> {
    return new DataLoader(async (ids) => {
      const byId = new Map((await this.comments.findByIds(ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

export interface RepliesKey {
  parentId: string;
  first: number;
  hidden: HiddenShown;
}

/** The first replies of every comment on a page, in one query per page size. */
@Injectable()
export class RepliesLoaderFactory {
  constructor(private readonly comments: CommentsRepository) {}

  create(): DataLoader<RepliesKey, CommentEntity[], string> {
    return new DataLoader(
      async (keys) => {
        const out = new Map<string, CommentEntity[]>();
        const groups = new Map<string, RepliesKey[]>();
        for (const k of keys) {
          const g = `${k.first}|${k.hidden}`;
          groups.set(g, [...(groups.get(g) ?? []), k]);
        }
        for (const group of groups.values()) {
          const { first, hidden } = group[0];
          const rows = await this.comments.firstReplies(
            group.map((k) => k.parentId),
            first,
            hidden,
          );
          for (const k of group)
            out.set(
              k.parentId + '|' + first,
              rows.filter((r) => r.parentId === k.parentId),
            );
        }
        return keys.map((k) => out.get(k.parentId + '|' + k.first) ?? []);
      },
      { cacheKeyFn: (k) => `${k.parentId}|${k.first}|${k.hidden}` },
    );
  }
}
