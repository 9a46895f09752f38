import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { EventsModule } from '../events/events.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RealtimeConsumer } from './realtime.consumer.js';
import { RoomAccess } from './room-access.js';

@Module({
  imports: [AuthModule, PostsModule, SpacesModule, EventsModule],
  providers: [RealtimeGateway, RealtimeConsumer, RoomAccess],
})
export class RealtimeModule {}
