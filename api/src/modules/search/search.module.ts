import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SearchService } from './search.service.js';
import { SearchResolver } from './search.resolver.js';

@Module({
  imports: [MembersModule, SpacesModule, PostsModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
