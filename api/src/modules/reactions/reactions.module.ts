import { ActivityModule } from '../activity/activity.module.js';
import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ReactionsService } from './reactions.service.js';
import { ReactionsLoaderFactory } from './reactions.loaders.js';
import {
  CommentReactionsResolver,
  PostReactionsResolver,
  ReactionsReader,
  ReactionsResolver,
} from './reactions.resolver.js';

@Module({
  imports: [MembersModule, PostsModule, ActivityModule],
  providers: [
    ReactionsRepository,
    ReactionsService,
    ReactionsLoaderFactory,
    ReactionsReader,
    ReactionsResolver,
    PostReactionsResolver,
    CommentReactionsResolver,
  ],
  exports: [ReactionsService],
})
export class ReactionsModule {}
