import { Module } from '@nestjs/common';
import { PublicPages } from '../../core/http/public-page.js';
import { CommunityModule } from '../community/community.module.js';
import { MembersModule } from '../members/members.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { PublicPagesController } from './public-pages.controller.js';
import { PublicPagesService } from './public-pages.service.js';

@Module({
  imports: [CommunityModule, MembersModule, PostsModule, SpacesModule],
  controllers: [PublicPagesController],
  providers: [PublicPagesService, { provide: PublicPages, useExisting: PublicPagesService }],
  exports: [PublicPages],
})
export class PublicPagesModule {}
