import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { CommunityRepository } from './community.repository.js';
import { CommunityService } from './community.service.js';
import { CommunityCalendar } from './community-calendar.js';
import { CommunityResolver, InvitesResolver, SuspensionsResolver } from './community.resolver.js';
import { VisitorReading } from '../../core/auth/visitor-reading.js';

@Module({
  imports: [MembersModule],
  providers: [
    CommunityRepository,
    CommunityService,
    CommunityCalendar,
    CommunityResolver,
    InvitesResolver,
    SuspensionsResolver,
    { provide: VisitorReading, useExisting: CommunityService },
  ],
  exports: [CommunityRepository, CommunityService, CommunityCalendar, VisitorReading],
})
export class CommunityModule {}
