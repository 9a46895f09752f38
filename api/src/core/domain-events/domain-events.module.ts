import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { OutboxJobs } from './outbox-jobs.js';
import { OutboxRepository } from './outbox.repository.js';

@Global()
@Module({
  providers: [EventBus, OutboxRepository, OutboxDispatcher, OutboxJobs],
  exports: [EventBus, OutboxDispatcher, OutboxJobs],
})
export class DomainEventsModule {}
