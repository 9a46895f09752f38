import { ActivityModule } from '../activity/activity.module.js';
import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { CommunityModule } from '../community/community.module.js';
import { AuthService } from './auth.service.js';
import { RegistrationService } from './registration.service.js';
import { AuthResolver } from './auth.resolver.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { SessionMiddleware } from './session.middleware.js';

@Module({
  imports: [MembersModule, CommunityModule, ActivityModule],
  providers: [AuthService, RegistrationService, AuthResolver, PasswordResetsRepository],
  exports: [AuthService, RegistrationService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
