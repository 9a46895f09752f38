import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, MemberStatus, Role } from '@kizuna/shared';

@Entity('members')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  handle: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text')
  role: Role;

  @Column('text')
  status: MemberStatus;

  @Column('text', { name: 'avatar_url', nullable: true })
  avatarUrl: string | null;

  @Column('text')
  bio: string;

  @Column('text')
  locale: Locale;

  @Column('text')
  timezone: string;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt: Date | null;

  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason: string | null;

  /** null: until a moderator restores them. */
  @Column('timestamptz', { name: 'suspended_until', nullable: true })
  suspendedUntil: Date | null;

  /** Until then the member can read but not post, comment, submit ideas or flag. */
  @Column('timestamptz', { name: 'silenced_until', nullable: true })
  silencedUntil: Date | null;

  @Column('text', { name: 'silence_reason', nullable: true })
  silenceReason: string | null;

  @Column('uuid', { name: 'invite_id', nullable: true })
  inviteId: string | null;

  @Column('timestamptz', { name: 'joined_at' })
  joinedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
