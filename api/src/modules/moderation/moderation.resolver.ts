import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { ReviewTargetType } from '@kizuna/shared';
import { Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { Idea } from '../feedback/models/feedback.model.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { MembersService } from '../members/members.service.js';
import type { SanctionRow } from '../members/sanctions.repository.js';
import { Comment, Post } from '../posts/models/post.model.js';
import {
  AccuracyLoaderFactory,
  FlagsLoaderFactory,
  ReviewContentLoaderFactory,
  ViewerFlaggedLoaderFactory,
} from './moderation.loaders.js';
import {
  Flag,
  FlagAccuracy,
  FlagInput,
  MemberRecord,
  ModerationSettingsInput,
  ModerationSettingsModel,
  ResolveReviewInput,
  ReviewContent,
  ReviewHistory,
  ReviewItem,
  ReviewItemConnection,
  ReviewQueueArgs,
  Sanction,
  SilenceMemberInput,
  WarnMemberInput,
  WatchedWord,
  WatchedWordInput,
} from './moderation.models.js';
import { ModerationService } from './moderation.service.js';
import type { Accuracy, FlagRow, ReviewItemRow } from './review.repository.js';
import { WatchedWordsService } from './watched-words.service.js';

const accuracyOf = (a: Accuracy): FlagAccuracy => ({
  ...a,
  rate: a.agreed + a.disagreed ? a.agreed / (a.agreed + a.disagreed) : null,
});

@Resolver(() => ReviewItem)
export class ReviewQueueResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly members: MembersService,
    private readonly memberLoader: MembersLoaderFactory,
    private readonly flagLoader: FlagsLoaderFactory,
    private readonly contents: ReviewContentLoaderFactory,
  ) {}

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Flags a post, comment, idea or profile for the moderators, once per member and target.',
  })
  async flag(@CurrentViewer() viewer: Viewer, @Args('input') input: FlagInput) {
    await this.moderation.flag(viewer, input);
    return true;
  }

  @Roles('moderator')
  @Query(() => ReviewItemConnection, { description: 'The review queue, latest activity first.' })
  reviewQueue(@Args() { first, after, ...filter }: ReviewQueueArgs) {
    return this.moderation.queue(filter, first, after);
  }

  @Roles('moderator')
  @Query(() => ReviewItem)
  reviewItem(@Args('id', { type: () => ID }) id: string) {
    return this.moderation.item(id);
  }

  @Roles('moderator')
  @Query(() => Int, { description: 'Items waiting for a decision.' })
  reviewQueueCount() {
    return this.moderation.pendingCount();
  }

  @Roles('moderator')
  @Mutation(() => ReviewItem, {
    description: 'Decides an item and every flag on it; CONFLICT when already decided.',
  })
  resolveReviewItem(@CurrentViewer() viewer: Viewer, @Args('input') input: ResolveReviewInput) {
    return this.moderation.resolve(viewer, input);
  }

  @ResolveField(() => Member, { nullable: true })
  author(@Parent() item: ReviewItemRow, @Context() ctx: GqlContext) {
    return item.authorId ? ctx.loaders.get(this.memberLoader).load(item.authorId) : null;
  }

  @ResolveField(() => Member, { nullable: true })
  resolvedBy(@Parent() item: ReviewItemRow, @Context() ctx: GqlContext) {
    return item.resolvedBy ? ctx.loaders.get(this.memberLoader).load(item.resolvedBy) : null;
  }

  @ResolveField(() => ReviewContent, { nullable: true })
  content(@Parent() item: ReviewItemRow, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.contents).load(item);
  }

  @ResolveField(() => [Flag])
  flags(@Parent() item: ReviewItemRow, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.flagLoader).load(item.id);
  }

  // Read for one item at a time (its detail), not for a list: no loader needed.
  @ResolveField(() => ReviewHistory)
  authorHistory(@Parent() item: ReviewItemRow) {
    return item.authorId
      ? this.moderation.authorHistory(item.authorId)
      : { agreed: 0, disagreed: 0, ignored: 0, pending: 0 };
  }

  @ResolveField(() => [Sanction])
  authorSanctions(@Parent() item: ReviewItemRow) {
    return item.authorId ? this.members.sanctionsOf(item.authorId) : [];
  }
}

@Resolver(() => Flag)
export class FlagResolver {
  constructor(
    private readonly memberLoader: MembersLoaderFactory,
    private readonly accuracy: AccuracyLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  flagger(@Parent() flag: FlagRow, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.memberLoader).load(flag.flaggerId);
  }

  @ResolveField(() => FlagAccuracy)
  async flaggerAccuracy(@Parent() flag: FlagRow, @Context() ctx: GqlContext) {
    return accuracyOf(await ctx.loaders.get(this.accuracy).load(flag.flaggerId));
  }
}

@Resolver(() => Sanction)
export class SanctionResolver {
  constructor(private readonly memberLoader: MembersLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  createdBy(@Parent() s: SanctionRow, @Context() ctx: GqlContext) {
    return s.createdBy ? ctx.loaders.get(this.memberLoader).load(s.createdBy) : null;
  }
}

@Resolver()
export class MemberModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly members: MembersService,
    private readonly words: WatchedWordsService,
  ) {}

  @Roles('moderator')
  @Query(() => MemberRecord, { description: 'A member’s moderation record.' })
  async memberRecord(@Args('memberId', { type: () => ID }) memberId: string) {
    const { accuracy, ...record } = await this.moderation.memberRecord(memberId);
    return { ...record, flagAccuracy: accuracyOf(accuracy) };
  }

  @Roles('moderator')
  @Mutation(() => Sanction, {
    description: 'A formal warning: sent to the member, kept on record.',
  })
  warnMember(@CurrentViewer() viewer: Viewer, @Args('input') input: WarnMemberInput) {
    return this.members.warn(viewer, input.memberId, input.reason, input.message);
  }

  @Roles('moderator')
  @Mutation(() => Member, { description: 'The member reads but cannot post for `days` days.' })
  silenceMember(@CurrentViewer() viewer: Viewer, @Args('input') input: SilenceMemberInput) {
    const until = new Date(Date.now() + input.days * 86_400_000);
    return this.members.silence(viewer, input.memberId, input.reason, until);
  }

  @Roles('moderator')
  @Mutation(() => Member)
  unsilenceMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ) {
    return this.members.unsilence(viewer, memberId);
  }

  @Roles('moderator')
  @Query(() => ModerationSettingsModel)
  moderationSettings() {
    return this.moderation.settingsNow();
  }

  @Roles('admin')
  @Mutation(() => ModerationSettingsModel)
  updateModerationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerationSettingsInput,
  ) {
    const patch = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined && v !== null),
    );
    return this.moderation.updateSettings(viewer, patch);
  }

  @Roles('moderator')
  @Query(() => [WatchedWord])
  watchedWords() {
    return this.words.list();
  }

  @Roles('moderator')
  @Mutation(() => WatchedWord)
  addWatchedWord(@CurrentViewer() viewer: Viewer, @Args('input') input: WatchedWordInput) {
    return this.words.add(viewer, input.word, input.action);
  }

  @Roles('moderator')
  @Mutation(() => WatchedWord, { description: 'Returns the word removed.' })
  removeWatchedWord(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.words.remove(viewer, id);
  }
}

/** `viewerFlagged` on everything members can flag. */
function viewerFlagged(type: ReviewTargetType) {
  return function (
    this: { loader: ViewerFlaggedLoaderFactory },
    id: string,
    ctx: GqlContext,
  ): Promise<boolean> | false {
    const viewer = ctx.req.viewer;
    return viewer
      ? ctx.loaders.forMember(this.loader, viewer.memberId).load(`${type}:${id}`)
      : false;
  };
}

const FLAGGED = { description: 'Whether the viewer has flagged it (false for visitors).' };

@Resolver(() => Post)
export class PostFlaggedResolver {
  constructor(readonly loader: ViewerFlaggedLoaderFactory) {}

  @ResolveField(() => Boolean, FLAGGED)
  viewerFlagged(@Parent() p: { id: string }, @Context() ctx: GqlContext) {
    return viewerFlagged('post').call(this, p.id, ctx);
  }
}

@Resolver(() => Comment)
export class CommentFlaggedResolver {
  constructor(readonly loader: ViewerFlaggedLoaderFactory) {}

  @ResolveField(() => Boolean, FLAGGED)
  viewerFlagged(@Parent() c: { id: string }, @Context() ctx: GqlContext) {
    return viewerFlagged('comment').call(this, c.id, ctx);
  }
}

@Resolver(() => Idea)
export class IdeaFlaggedResolver {
  constructor(readonly loader: ViewerFlaggedLoaderFactory) {}

  @ResolveField(() => Boolean, FLAGGED)
  viewerFlagged(@Parent() i: { id: string }, @Context() ctx: GqlContext) {
    return viewerFlagged('idea').call(this, i.id, ctx);
  }
}

@Resolver(() => Member)
export class MemberFlaggedResolver {
  constructor(readonly loader: ViewerFlaggedLoaderFactory) {}

  @ResolveField(() => Boolean, FLAGGED)
  viewerFlagged(@Parent() m: { id: string }, @Context() ctx: GqlContext) {
    return viewerFlagged('member').call(this, m.id, ctx);
  }
}
