import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Mail kept in the database when no SMTP server is configured, readable by admins. */
@Entity('dev_mail')
export class DevMailEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('text', { name: 'to_address' })
  to: string;

  @Column('text')
  subject: string;

  @Column('text')
  body: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
