import { Module } from '@nestjs/common';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesService } from './spaces.service.js';
import { SpacesResolver } from './spaces.resolver.js';
import { SpacesLoaderFactory } from './spaces.loader.js';

@Module({
  providers: [SpacesRepository, SpacesService, SpacesResolver, SpacesLoaderFactory],
  exports: [SpacesService, SpacesLoaderFactory],
})
export class SpacesModule {}
