import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale, ModerationSettings, RegistrationMode } from '@kizuna/shared';

/** A deployment serves one community: a single row with id 1. */
@Entity('community_settings')
export class CommunitySettingsEntity {
  @PrimaryColumn('smallint')
  id: number;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  @Column('text', { name: 'logo_url', nullable: true })
  logoUrl: string | null;

  @Column('text', { name: 'default_locale' })
  defaultLocale: Locale;

  @Column('text')
  timezone: string;

  @Column('text', { name: 'registration_mode' })
  registrationMode: RegistrationMode;

  @Column('boolean', { name: 'leaderboards_include_staff' })
  leaderboardsIncludeStaff: boolean;

  @Column('boolean', { name: 'moderators_can_suspend' })
  moderatorsCanSuspend: boolean;

  @Column('boolean', { name: 'visible_to_visitors' })
  visibleToVisitors: boolean;

  /** What the moderation settings change from their defaults. */
  @Column('jsonb')
  moderation: Partial<ModerationSettings>;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
