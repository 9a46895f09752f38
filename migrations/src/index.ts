import { Foundation1763830000000 } from './1763830000000-foundation.js';
import { Content1763900000000 } from './1763900000000-content.js';
import { Media1763900100000 } from './1763900100000-media.js';
import { Notifications1764000000000 } from './1764000000000-notifications.js';
import { Gamification1764100000000 } from './1764100000000-gamification.js';
import { Leaderboards1764100100000 } from './1764100100000-leaderboards.js';
import { BadgesMissions1764100200000 } from './1764100200000-badges-missions.js';
import { RateLimits1764200000000 } from './1764200000000-rate-limits.js';
import { ActivityStream1764300000000 } from './1764300000000-activity-stream.js';
import { ModuleReadViews1764310000000 } from './1764310000000-module-read-views.js';
import { PopularHotScore1764400000000 } from './1764400000000-popular-hot-score.js';
import { ReadCacheTables1764410000000 } from './1764410000000-read-cache-tables.js';
import { OnboardingBackfill1764420000000 } from './1764420000000-onboarding-backfill.js';
import { LeaderboardsWithoutStaff1764430000000 } from './1764430000000-leaderboards-without-staff.js';
import { ReadCacheRules1764440000000 } from './1764440000000-read-cache-rules.js';
import { VisibleToVisitors1764450000000 } from './1764450000000-visible-to-visitors.js';
import { ModeratorsSuspend1764470000000 } from './1764470000000-moderators-suspend.js';
import { PostThumbnails1764470000001 } from './1764470000001-post-thumbnails.js';
import { LiveLeaderboards1764480000000 } from './1764480000000-live-leaderboards.js';
import { LeaderboardSyncAtCommit1764490000000 } from './1764490000000-leaderboard-sync-at-commit.js';
import { Events1764500000000 } from './1764500000000-events.js';
import { CalendarFeeds1764500000001 } from './1764500000001-calendar-feeds.js';
import { EventFollowups1764500000002 } from './1764500000002-event-followups.js';
import { EventDiscussions1764500000010 } from './1764500000010-event-discussions.js';
import { SpaceFollows1764500000020 } from './1764500000020-space-follows.js';
import { AttendanceBadges1764500000030 } from './1764500000030-attendance-badges.js';
import { Feedback1764600000000 } from './1764600000000-feedback.js';
import { Changelog1764600000010 } from './1764600000010-changelog.js';
import { Surveys1764700000000 } from './1764700000000-surveys.js';
import { SurveyAudienceViews1764700000005 } from './1764700000005-survey-audience-views.js';
import { LoyaltyAnalytics1764800000000 } from './1764800000000-loyalty-analytics.js';
import { SurveyNpsAnswersView1764800000010 } from './1764800000010-survey-nps-answers-view.js';
import { AnalyticsRollups1764800000020 } from './1764800000020-analytics-rollups.js';
import { LoyaltyLists1764800000030 } from './1764800000030-loyalty-lists.js';
import { RebuiltAnalyticsTables1764800000040 } from './1764800000040-rebuilt-analytics-tables.js';
import { AuditLog1764900000000 } from './1764900000000-audit-log.js';
import { Moderation1764900000010 } from './1764900000010-moderation.js';
import { RetryUnless1765000000000 } from './1765000000000-retry-unless.js';

/** Every migration, oldest first. Landed migrations are never edited: add a new one. */
export const migrations = [
  Foundation1763830000000,
  Content1763900000000,
  Media1763900100000,
  Notifications1764000000000,
  Gamification1764100000000,
  Leaderboards1764100100000,
  BadgesMissions1764100200000,
  RateLimits1764200000000,
  ActivityStream1764300000000,
  ModuleReadViews1764310000000,
  PopularHotScore1764400000000,
  ReadCacheTables1764410000000,
  OnboardingBackfill1764420000000,
  LeaderboardsWithoutStaff1764430000000,
  ReadCacheRules1764440000000,
  VisibleToVisitors1764450000000,
  ModeratorsSuspend1764470000000,
  PostThumbnails1764470000001,
  LiveLeaderboards1764480000000,
  LeaderboardSyncAtCommit1764490000000,
  Events1764500000000,
  CalendarFeeds1764500000001,
  EventFollowups1764500000002,
  EventDiscussions1764500000010,
  SpaceFollows1764500000020,
  AttendanceBadges1764500000030,
  Feedback1764600000000,
  Changelog1764600000010,
  Surveys1764700000000,
  SurveyAudienceViews1764700000005,
  LoyaltyAnalytics1764800000000,
  SurveyNpsAnswersView1764800000010,
  AnalyticsRollups1764800000020,
  LoyaltyLists1764800000030,
  RebuiltAnalyticsTables1764800000040,
  AuditLog1764900000000,
  Moderation1764900000010,
  RetryUnless1765000000000,
];
