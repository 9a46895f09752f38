import { ActivityModule } from '../activity/activity.module.js';
import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { MemberCache } from './member-cache.js';
import { MembersRepository } from './members.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { SanctionsRepository } from './sanctions.repository.js';
import { SanctionsJob } from './sanctions.job.js';
import { SessionsService } from './sessions.service.js';
import { MembersService } from './members.service.js';
import { MembersResolver } from './members.resolver.js';
import { BriefsLoaderFactory, MembersLoaderFactory } from './members.loader.js';

@Module({
  imports: [ActivityModule, MediaModule],
  providers: [
    MembersRepository,
    MemberCache,
    SessionsRepository,
    SanctionsRepository,
    SanctionsJob,
    SessionsService,
    MembersService,
    MembersResolver,
    MembersLoaderFactory,
    BriefsLoaderFactory,
  ],
  exports: [MembersService, SessionsService, MembersLoaderFactory, BriefsLoaderFactory],
})
export class MembersModule {}
