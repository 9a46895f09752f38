import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { CommunityRepository } from './community.repository.js';
import { CommunityService } from './community.service.js';
import { CommunityCalendar } from './community-calendar.js';
import { CommunityResolver, InvitesResolver, SuspensionsResolver } from './community.resolver.js';

@Module({
  imports: [MembersModule],
  providers: [
    CommunityRepository,
    CommunityService,
    CommunityCalendar,
    CommunityResolver,
    InvitesResolver,
    SuspensionsResolver,
  ],
  exports: [CommunityService, CommunityCalendar],
})
export class CommunityModule {}
