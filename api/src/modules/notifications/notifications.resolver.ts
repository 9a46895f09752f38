import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { Post } from '../posts/models/post.model.js';
import { PostsLoaderFactory } from '../posts/posts.loaders.js';
import { PostPolicy } from '../posts/posts.policy.js';
import { PostsService } from '../posts/posts.service.js';
import { SpacesLoaderFactory } from '../spaces/spaces.loader.js';
import { NotificationActorsLoaderFactory } from './notifications.loaders.js';
import {
  MarkNotificationsReadArgs,
  Notification,
  NotificationConnection,
  NotificationPreferences,
  NotificationsArgs,
  NotificationSubject,
  SendMemberMessageInput,
  UpdateNotificationPreferencesInput,
} from './notifications.models.js';
import type { NotificationRow } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly actorsLoader: NotificationActorsLoaderFactory,
    private readonly membersLoader: MembersLoaderFactory,
    private readonly postsLoader: PostsLoaderFactory,
    private readonly spacesLoader: SpacesLoaderFactory,
    private readonly posts: PostsService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, {
    description: 'The viewer’s notifications, the most recently changed first.',
  })
  notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs) {
    return this.service.list(viewer, args);
  }

  @SignedIn()
  @Query(() => Notification, { description: 'One of the viewer’s notifications.' })
  notification(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.one(viewer, id);
  }

  @SignedIn()
  @Query(() => Int)
  notificationUnreadCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @SignedIn()
  @Query(() => NotificationPreferences)
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.service.preferences(viewer);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Marks some of the viewer’s notifications read; returns the unread count.',
  })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args() args: MarkNotificationsReadArgs) {
    return this.service.markRead(viewer, args.ids);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description: 'Marks every notification read; returns the unread count (0).',
  })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer) {
    return this.service.markRead(viewer, null);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ) {
    return this.service.updatePreferences(viewer, input);
  }

  @Roles('moderator')
  @Mutation(() => Boolean, { description: 'Sends a member a message as a notification.' })
  async sendMemberMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SendMemberMessageInput,
  ) {
    await this.service.sendMessage(viewer, input.memberId, input.message);
    return true;
  }

  @ResolveField(() => [Member], { description: 'The newest few of the people who did it.' })
  async actors(n: NotificationRow, _args: unknown, ctx: GqlContext) {
    const ids = await ctx.loaders.get(this.actorsLoader).load(n.id);
    const members = await ctx.loaders.get(this.membersLoader).loadMany(ids);
    return members.filter((m) => m && !(m instanceof Error));
  }

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The post it is about, while the viewer may still read it.',
  })
  async post(n: NotificationRow, _args: unknown, ctx: GqlContext) {
    if (!n.postId) return null;
    const post = await ctx.loaders.get(this.postsLoader).load(n.postId);
    if (!post) return null;
    // An event's discussion is read where its event is: its owner decides.
    if (!post.spaceId)
      return (await this.posts.canRead(ctx.req.viewer ?? null, post)) ? post : null;
    const space = await ctx.loaders.get(this.spacesLoader).load(post.spaceId);
    return PostPolicy.canRead(ctx.req.viewer ?? null, post, space ?? null) ? post : null;
  }

  @ResolveField(() => NotificationSubject, { nullable: true })
  subject(n: NotificationRow) {
    return n.subjectType && n.subjectId ? { type: n.subjectType, id: n.subjectId } : null;
  }

  @ResolveField(() => Boolean)
  read(n: NotificationRow) {
    return n.readAt !== null;
  }
}
