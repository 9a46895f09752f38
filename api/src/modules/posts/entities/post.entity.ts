import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PostKind } from '@kizuna/shared';

@Entity('posts')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** null for an event's discussion, which is read where its event is. */
  @Column('uuid', { name: 'space_id', nullable: true })
  spaceId: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @Column('text')
  kind: PostKind;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text', { name: 'body_html' })
  bodyHtml: string;

  @Column('text')
  excerpt: string;

  @Column('text', { name: 'thumbnail_url', nullable: true })
  thumbnailUrl: string | null;

  @Column('text', { array: true })
  tags: string[];

  @Column('text', { name: 'search_text', select: false })
  searchText: string;

  @Column('text', { name: 'search_grams', array: true, select: false })
  searchGrams: string[];

  @Column('integer', { name: 'comment_count' })
  commentCount: number;

  @Column('integer', { name: 'reaction_count' })
  reactionCount: number;

  @Column('integer', { name: 'view_count' })
  viewCount: number;

  @Column('uuid', { name: 'best_answer_id', nullable: true })
  bestAnswerId: string | null;

  @Column('integer')
  revision: number;

  @Column('timestamptz', { name: 'pinned_at', nullable: true })
  pinnedAt: Date | null;

  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt: Date | null;

  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt: Date | null;

  @Column('text', { name: 'hidden_reason', nullable: true })
  hiddenReason: string | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'last_activity_at' })
  lastActivityAt: Date;
}
