import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { MembersModule } from '../members/members.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PostsModule } from '../posts/posts.module.js';
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
import { VotesService } from './votes.service.js';

@Module({
  imports: [MembersModule, ActivityModule, NotificationsModule, PostsModule],
  providers: [
    BoardsRepository,
    IdeasRepository,
    BoardsService,
    IdeasService,
    VotesService,
    IdeaPosts,
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
  exports: [IdeasService, BoardsService, VotesService],
})
export class FeedbackModule {}
