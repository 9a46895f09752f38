import { Module } from '@nestjs/common';
import { MembersRepository } from './members.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { MembersService } from './members.service.js';
import { MembersResolver } from './members.resolver.js';
import { MembersLoaderFactory } from './members.loader.js';

@Module({
  providers: [
    MembersRepository,
    SessionsRepository,
    MembersService,
    MembersResolver,
    MembersLoaderFactory,
  ],
  exports: [MembersRepository, SessionsRepository, MembersService, MembersLoaderFactory],
})
export class MembersModule {}
