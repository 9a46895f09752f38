import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@kizuna/shared';

@Entity('spaces')
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  slug: string;

  @Column('text', { name: 'name_ja' })
  nameJa: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('text', { name: 'description_ja' })
  descriptionJa: string;

  @Column('text', { name: 'description_en' })
  descriptionEn: string;

  @Column('text')
  icon: string;

  @Column('text')
  color: string;

  @Column('integer')
  position: number;

  /** null: every signed-in member may see the space. */
  @Column('text', { name: 'view_roles', array: true, nullable: true })
  viewRoles: Role[] | null;

  /** null: every member who can see it may start posts. */
  @Column('text', { name: 'post_roles', array: true, nullable: true })
  postRoles: Role[] | null;

  /** Members below this rank (its position) do not see the space; null: no minimum. */
  @Column('integer', { name: 'min_rank_position', nullable: true })
  minRankPosition: number | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
