import { Module } from '@nestjs/common';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesService } from './spaces.service.js';
import { SpacesResolver } from './spaces.resolver.js';
import {
  FollowerCountLoaderFactory,
  SpacesLoaderFactory,
  ViewerFollowsLoaderFactory,
} from './spaces.loader.js';

@Module({
  providers: [
    SpacesRepository,
    SpacesService,
    SpacesResolver,
    SpacesLoaderFactory,
    ViewerFollowsLoaderFactory,
    FollowerCountLoaderFactory,
  ],
  exports: [SpacesService, SpacesLoaderFactory],
})
export class SpacesModule {}
