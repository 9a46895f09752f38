import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module.js';
import { ViewerRsvpLoaderFactory } from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [SpacesModule],
  providers: [EventsRepository, EventsService, EventsResolver, ViewerRsvpLoaderFactory],
  exports: [EventsService],
})
export class EventsModule {}
