import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../../core/auth/access.decorators.js';
import { CurrentViewer } from '../../../core/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../core/auth/viewer.js';
import { Member360Service } from './member-360.service.js';
import { Member360 } from './models/member-360.model.js';

@Resolver(() => Member360)
export class Member360Resolver {
  constructor(private readonly service: Member360Service) {}

  @Roles('moderator', 'product')
  @Query(() => Member360)
  member360(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ) {
    return this.service.get(viewer, memberId);
  }
}
