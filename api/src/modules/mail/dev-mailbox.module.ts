import { Module } from '@nestjs/common';
import { DevMailboxResolver } from './dev-mailbox.resolver.js';
import { DevMailboxService } from './dev-mailbox.service.js';

@Module({ providers: [DevMailboxResolver, DevMailboxService] })
export class DevMailboxModule {}
