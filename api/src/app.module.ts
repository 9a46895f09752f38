import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { CONFIG, type Config } from './config/env.js';
import { dataSourceOptions } from './core/database/data-source.js';
import { Db } from './core/database/db.js';
import { AccessGuard } from './core/auth/access.guard.js';
import { validationPipe } from './core/validation/validation.pipe.js';
import { formatError } from './core/errors/format-error.js';
import { AppExceptionFilter } from './core/errors/exception.filter.js';
import { OperationChecksPlugin, CsrfPlugin } from './core/graphql/plugins.js';
import { QUERY_LIMITS, shapeLimitRule } from './core/graphql/query-limits.js';
import { Loaders } from './core/graphql/loaders.js';
import { CompiledApolloDriver } from './core/graphql/compiled-execution.js';
import { BUILD_SCHEMA_OPTIONS } from './core/graphql/scalars.js';
import type { GqlContext } from './core/auth/viewer.js';
import { HealthController } from './core/http/health.controller.js';
import { Lifecycle } from './core/lifecycle/lifecycle.js';
import { RateLimitModule } from './core/rate-limit/rate-limit.module.js';
import { MailModule } from './core/mail/mail.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { CommunityModule } from './modules/community/community.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DevMailboxModule } from './modules/mail/dev-mailbox.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { SpacesModule } from './modules/spaces/spaces.module.js';
import { PostsModule } from './modules/posts/posts.module.js';
import { ReactionsModule } from './modules/reactions/reactions.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { PointsModule } from './modules/points/points.module.js';
import { BadgesModule } from './modules/badges/badges.module.js';
import { PublicPagesModule } from './modules/public-pages/public-pages.module.js';
import { MissionsModule } from './modules/missions/missions.module.js';
import { LeaderboardsModule } from './modules/leaderboards/leaderboards.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { FeedbackModule } from './modules/feedback/feedback.module.js';
import { SurveysModule } from './modules/surveys/surveys.module.js';
import { CustomersModule } from './modules/customers/customers.module.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { AnalyticsListsModule } from './modules/analytics/analytics-lists.module.js';
import { AuditLogModule } from './modules/audit/audit-log.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { JobsModule } from './core/jobs/jobs.module.js';
import { DomainEventsModule } from './core/domain-events/domain-events.module.js';
import { MetricsModule } from './core/metrics/metrics.module.js';
import { CacheModule } from './core/cache/cache.module.js';
import { AuditModule } from './core/audit/audit.module.js';
import { RealtimeCoreModule } from './core/realtime/realtime.module.js';

/** The domain modules, also used to print the schema without a database. */
export const DOMAIN_MODULES = [
  MembersModule,
  CommunityModule,
  AuthModule,
  DevMailboxModule,
  MediaModule,
  SpacesModule,
  PostsModule,
  ReactionsModule,
  SearchModule,
  NotificationsModule,
  RealtimeModule,
  PointsModule,
  BadgesModule,
  MissionsModule,
  LeaderboardsModule,
  EventsModule,
  FeedbackModule,
  SurveysModule,
  CustomersModule,
  AnalyticsModule,
  AnalyticsListsModule,
  PublicPagesModule,
  AuditLogModule,
  ModerationModule,
];

export const graphqlOptions = (config: Pick<Config, 'isProduction'>): ApolloDriverConfig => ({
  driver: CompiledApolloDriver,
  path: '/graphql',
  autoSchemaFile: true,
  sortSchema: true,
  introspection: !config.isProduction,
  graphiql: false,
  allowBatchedHttpRequests: true,
  csrfPrevention: true,
  includeStacktraceInErrorResponses: false,
  // Compact JSON: Apollo indents responses by default, which costs time and bytes on every list.
  stringifyResult: (result) => JSON.stringify(result),
  buildSchemaOptions: BUILD_SCHEMA_OPTIONS,
  validationRules: [shapeLimitRule(QUERY_LIMITS.maxDepth, QUERY_LIMITS.maxAliases)],
  parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  // With introspection off, "Did you mean …?" would still spell out the schema.
  hideSchemaDetailsFromClientErrors: config.isProduction,
  // No cache hints are given: without the plugin, no per-field hook runs on every field.
  plugins: [
    ApolloServerPluginCacheControlDisabled(),
    ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
  ],
  formatError,
  context: ({ req, res }: Omit<GqlContext, 'loaders'>): GqlContext => ({
    req,
    res,
    loaders: new Loaders(),
  }),
});

@Module({})
export class AppModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
        MailModule,
        JobsModule,
        MetricsModule,
        CacheModule,
        AuditModule,
        DomainEventsModule,
        RealtimeCoreModule,
        RateLimitModule,
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        { provide: CONFIG, useValue: config },
        Db,
        Lifecycle,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        OperationChecksPlugin,
        CsrfPlugin,
      ],
      exports: [CONFIG, Db, Lifecycle],
    };
  }
}
