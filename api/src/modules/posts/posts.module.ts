import { ActivityModule } from '../activity/activity.module.js';
import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { ContentReviewTargets } from './review-targets.js';
import { PostsRepository } from './posts.repository.js';
import { SearchRepository } from './search.repository.js';
import { CommentsRepository } from './comments.repository.js';
import { PostsService } from './posts.service.js';
import { CommentsService } from './comments.service.js';
import { ViewsService } from './views.service.js';
import { Discussions } from './discussions.js';
import { VisitorFeedCache } from './visitor-feed-cache.js';
import { VisitorFeedResponses } from './visitor-feed-responses.js';
import { PostsResolver } from './posts.resolver.js';
import { CommentsResolver } from './comments.resolver.js';
import {
  CommentsLoaderFactory,
  PostsLoaderFactory,
  RepliesLoaderFactory,
} from './posts.loaders.js';

@Module({
  imports: [MembersModule, SpacesModule, ActivityModule, ModerationModule],
  providers: [
    PostsRepository,
    CommentsRepository,
    SearchRepository,
    PostsService,
    CommentsService,
    Discussions,
    ViewsService,
    VisitorFeedCache,
    VisitorFeedResponses,
    PostsResolver,
    CommentsResolver,
    PostsLoaderFactory,
    CommentsLoaderFactory,
    RepliesLoaderFactory,
    ContentReviewTargets,
  ],
  exports: [
    PostsService,
    CommentsService,
    ViewsService,
    Discussions,
    PostsLoaderFactory,
    CommentsLoaderFactory,
  ],
})
export class PostsModule {}
