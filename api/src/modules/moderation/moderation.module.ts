import { Module } from '@nestjs/common';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { MemberTargets } from './member-targets.js';
import {
  AccuracyLoaderFactory,
  FlagsLoaderFactory,
  ReviewContentLoaderFactory,
  ViewerFlaggedLoaderFactory,
} from './moderation.loaders.js';
import {
  CommentFlaggedResolver,
  FlagResolver,
  IdeaFlaggedResolver,
  MemberFlaggedResolver,
  MemberModerationResolver,
  PostFlaggedResolver,
  ReviewQueueResolver,
  SanctionResolver,
} from './moderation.resolver.js';
import { ModerationSettingsRepository } from './moderation-settings.repository.js';
import { ModerationService } from './moderation.service.js';
import { ReviewRepository } from './review.repository.js';
import { ReviewTargets } from './review-targets.js';
import { Screening } from './screening.js';
import { WatchedWordsRepository } from './watched-words.repository.js';
import { WatchedWordsService } from './watched-words.service.js';

/**
 * Flags, the review queue, watched words and new members' limits. Content modules register how
 * their content is hidden and shown (ReviewTargets) and screen what members write (Screening);
 * moderation depends on none of them.
 */
@Module({
  imports: [MembersModule, CommunityModule],
  providers: [
    ReviewTargets,
    ReviewRepository,
    ModerationSettingsRepository,
    ModerationService,
    WatchedWordsRepository,
    WatchedWordsService,
    Screening,
    MemberTargets,
    FlagsLoaderFactory,
    AccuracyLoaderFactory,
    ReviewContentLoaderFactory,
    ViewerFlaggedLoaderFactory,
    ReviewQueueResolver,
    FlagResolver,
    SanctionResolver,
    MemberModerationResolver,
    PostFlaggedResolver,
    CommentFlaggedResolver,
    IdeaFlaggedResolver,
    MemberFlaggedResolver,
  ],
  exports: [ReviewTargets, Screening, ModerationService],
})
export class ModerationModule {}
