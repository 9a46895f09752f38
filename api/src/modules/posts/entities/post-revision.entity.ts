import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The text of a post before each edit. */
@Entity('post_revisions')
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'post_id' })
  postId: string;

  @Column('integer')
  revision: number;

  @Column('uuid', { name: 'editor_id', nullable: true })
  editorId: string | null;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
