import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/auth/viewer.js';
import { mediaUrl } from '../media/media.rules.js';
import { Post } from '../posts/models/post.model.js';
import { PostsLoaderFactory } from '../posts/posts.loaders.js';
import type { PostEntity } from '../posts/entities/post.entity.js';
import { SpacesLoaderFactory } from '../spaces/spaces.loader.js';
import { EventPolicy } from './events.policy.js';
import type { EventRow } from './events.repository.js';
import { CommunityEvent } from './models/event.model.js';
import { DiscussionEventLoaderFactory, SeriesLoaderFactory } from './series.loaders.js';

/** An event's discussion, cover and series. */
@Resolver(() => CommunityEvent)
export class EventExtrasResolver {
  constructor(
    private readonly posts: PostsLoaderFactory,
    private readonly seriesLoader: SeriesLoaderFactory,
    private readonly spaces: SpacesLoaderFactory,
  ) {}

  @ResolveField(() => Post, {
    nullable: true,
    description:
      'The event’s discussion: comment and react on it with the post mutations and its id. Read by whoever sees the event; never listed among posts.',
  })
  discussion(event: EventRow, _args: unknown, ctx: GqlContext) {
    return event.discussionPostId ? ctx.loaders.get(this.posts).load(event.discussionPostId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The cover image; null when none.' })
  coverUrl(event: EventRow) {
    return event.coverImageId ? mediaUrl(event.coverImageId, 'medium') : null;
  }

  @ResolveField(() => [CommunityEvent], {
    description:
      'Every occurrence of its series the viewer may see, this one included, in order of start; empty for a single event.',
  })
  async series(event: EventRow, _args: unknown, ctx: GqlContext) {
    if (!event.seriesId) return [];
    const rows = await ctx.loaders.get(this.seriesLoader).load(event.seriesId);
    const reader = ctx.req.viewer ?? null;
    const seen = await Promise.all(
      rows.map(async (r) =>
        EventPolicy.canSee(
          reader,
          r,
          r.spaceId ? await ctx.loaders.get(this.spaces).load(r.spaceId) : null,
        ),
      ),
    );
    return rows.filter((_, i) => seen[i]);
  }
}

/** Which event a discussion is about, so a notification of a reply can open the event. */
@Resolver(() => Post)
export class DiscussionEventResolver {
  constructor(private readonly events: DiscussionEventLoaderFactory) {}

  @ResolveField(() => CommunityEvent, {
    nullable: true,
    description: 'The event this post is the discussion of (kind EVENT); null for other posts.',
  })
  event(post: PostEntity, _args: unknown, ctx: GqlContext) {
    return post.kind === 'event' ? ctx.loaders.get(this.events).load(post.id) : null;
  }
}
