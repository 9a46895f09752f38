import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Reading, Roles } from '../../core/auth/access.decorators.js';
import {
  CurrentReader,
  CurrentViewer,
  readerOf,
} from '../../core/auth/current-viewer.decorator.js';
import { type GqlContext, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { Member } from '../members/models/member.model.js';
import { MembersLoaderFactory } from '../members/members.loader.js';
import { ChangelogIdeasLoaderFactory } from './changelog.loaders.js';
import { IdeasLoaderFactory } from './feedback.loaders.js';
import { FeedbackPolicy } from './feedback.policy.js';
import type { IdeaRow } from './ideas.repository.js';
import { Idea } from './models/feedback.model.js';
import type { ChangelogRow } from './changelog.repository.js';
import { ChangelogService } from './changelog.service.js';
import {
  ChangelogArgs,
  ChangelogEntryInput,
  UpdateChangelogEntryInput,
} from './dto/changelog.inputs.js';
import { ChangelogEntry, ChangelogEntryConnection } from './models/changelog.model.js';

@Resolver(() => ChangelogEntry)
export class ChangelogResolver {
  constructor(
    private readonly service: ChangelogService,
    private readonly ideaIds: ChangelogIdeasLoaderFactory,
    private readonly members: MembersLoaderFactory,
    private readonly ideaLoader: IdeasLoaderFactory,
  ) {}

  @Reading()
  @Query(() => ChangelogEntryConnection, {
    description: 'Published entries, the latest release first; drafts: product team and admins.',
  })
  changelog(@CurrentReader() reader: Reader, @Args() args: ChangelogArgs) {
    return this.service.list(reader, args);
  }

  @Reading()
  @Query(() => ChangelogEntry)
  changelogEntry(@CurrentReader() reader: Reader, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(reader, id);
  }

  @Roles('product')
  @Mutation(() => ChangelogEntry, { description: 'A draft, until published.' })
  createChangelogEntry(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangelogEntryInput) {
    return this.service.create(viewer, input);
  }

  @Roles('product')
  @Mutation(() => ChangelogEntry, {
    description: 'The ideas of a published entry can no longer change.',
  })
  updateChangelogEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateChangelogEntryInput,
  ) {
    return this.service.update(viewer, input);
  }

  @Roles('product')
  @Mutation(() => ChangelogEntry, {
    description:
      'Publishes the entry and moves its ideas to RELEASED, telling their voters; once (publishing again changes nothing).',
  })
  publishChangelogEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.publish(viewer, id);
  }

  @Roles('product')
  @Mutation(() => ID, { description: 'Drafts only.' })
  deleteChangelogEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.delete(viewer, id);
  }

  @ResolveField(() => [Idea], { description: 'The ideas it ships, as the reader may see them.' })
  async ideas(entry: ChangelogRow, _args: unknown, ctx: GqlContext) {
    const ids = await ctx.loaders.get(this.ideaIds).load(entry.id);
    const ideas = await ctx.loaders.get(this.ideaLoader).loadMany(ids);
    return ideas.filter(
      (i): i is IdeaRow => !!i && !(i instanceof Error) && FeedbackPolicy.canSee(readerOf(ctx), i),
    );
  }

  @ResolveField(() => Member, { nullable: true })
  author(entry: ChangelogRow, _args: unknown, ctx: GqlContext) {
    return entry.authorId ? ctx.loaders.get(this.members).load(entry.authorId) : null;
  }
}
