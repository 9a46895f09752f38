import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { CommunityModule } from '../community/community.module.js';
import { PointsModule } from '../points/points.module.js';
import { ChangelogController } from './changelog.controller.js';
import { ChangelogIdeasLoaderFactory } from './changelog.loaders.js';
import { ChangelogRepository } from './changelog.repository.js';
import { ChangelogResolver } from './changelog.resolver.js';
import { ChangelogService } from './changelog.service.js';
import { DemandLoaderFactory } from './demand.loaders.js';
import { DemandRepository } from './demand.repository.js';
import { IdeaDemandResolver } from './demand.resolver.js';
import { DemandService } from './demand.service.js';
import { DemandSources } from './demand.sources.js';
import { IdeasCsvController } from './ideas-csv.controller.js';
import { BoardsRepository } from './boards.repository.js';
import { BoardsResolver } from './boards.resolver.js';
import { BoardsService } from './boards.service.js';
import { FeedbackConsumer } from './feedback.consumer.js';
import {
  BoardIdeaCountLoaderFactory,
  BoardsLoaderFactory,
  IdeasLoaderFactory,
  MergedIdeasLoaderFactory,
  StatusHistoryLoaderFactory,
  ViewerFollowsLoaderFactory,
  ViewerOpenVotesLoaderFactory,
  ViewerVotedLoaderFactory,
} from './feedback.loaders.js';
import { IdeaPosts } from './idea-posts.js';
import { IdeasRepository } from './ideas.repository.js';
import {
  IdeaStatusChangeResolver,
  IdeasResolver,
  OfficialAnswerResolver,
  PostIdeaResolver,
} from './ideas.resolver.js';
import { IdeasService } from './ideas.service.js';
import { IdeaReviewTargets } from './idea-review-targets.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { VotesService } from './votes.service.js';

@Module({
  imports: [
    MembersModule,
    ActivityModule,
    NotificationsModule,
    PostsModule,
    PointsModule,
    CommunityModule,
    ModerationModule,
  ],
  controllers: [ChangelogController, IdeasCsvController],
  providers: [
    ChangelogRepository,
    ChangelogService,
    ChangelogResolver,
    ChangelogIdeasLoaderFactory,
    DemandRepository,
    DemandService,
    DemandSources,
    DemandLoaderFactory,
    IdeaDemandResolver,
    BoardsRepository,
    IdeasRepository,
    BoardsService,
    IdeasService,
    VotesService,
    IdeaPosts,
    IdeaReviewTargets,
    FeedbackConsumer,
    BoardsResolver,
    IdeasResolver,
    IdeaStatusChangeResolver,
    OfficialAnswerResolver,
    PostIdeaResolver,
    BoardsLoaderFactory,
    IdeasLoaderFactory,
    BoardIdeaCountLoaderFactory,
    ViewerOpenVotesLoaderFactory,
    ViewerVotedLoaderFactory,
    ViewerFollowsLoaderFactory,
    StatusHistoryLoaderFactory,
    MergedIdeasLoaderFactory,
  ],
  exports: [IdeasService, BoardsService, VotesService, ChangelogService, DemandSources],
})
export class FeedbackModule {}
