import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { DevMailEntity } from './dev-mail.entity.js';

@Injectable()
export class DevMailRepository {
  constructor(private readonly db: Db) {}

  async insert(mail: Pick<DevMailEntity, 'to' | 'subject' | 'body'>): Promise<void> {
    await this.db.repo(DevMailEntity).insert(mail);
  }

  /** Newest first; `afterId` is the last id of the previous page. */
  list(first: number, afterId: string | null): Promise<DevMailEntity[]> {
    const q = this.db
      .repo(DevMailEntity)
      .createQueryBuilder('d')
      .orderBy('d.id', 'DESC')
      .limit(first + 1);
    if (afterId) q.where('d.id < :afterId', { afterId });
    return q.getMany();
  }
}
