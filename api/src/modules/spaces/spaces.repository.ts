import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Db } from '../../core/database/db.js';
import { SpaceEntity } from './entities/space.entity.js';

export type NewSpace = Omit<
  SpaceEntity,
  'id' | 'createdAt' | 'archivedAt' | 'position' | 'minRankPosition'
> &
  Partial<Pick<SpaceEntity, 'minRankPosition'>>;

@Injectable()
export class SpacesRepository {
  constructor(private readonly db: Db) {}

  private get repo() {
    return this.db.repo(SpaceEntity);
  }

  /** Every space not archived, in display order. */
  listActive(): Promise<SpaceEntity[]> {
    return this.repo.find({
      where: { archivedAt: IsNull() },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  findById(id: string): Promise<SpaceEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<SpaceEntity[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  findBySlug(slug: string): Promise<SpaceEntity | null> {
    return this.repo.findOneBy({ slug });
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.repo.existsBy({ slug });
  }

  async insert(space: NewSpace): Promise<SpaceEntity> {
    const [{ next }] = await this.db.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position) + 1, 0) AS next FROM spaces`,
    );
    const { id } = await this.repo.save(this.repo.create({ ...space, position: next }));
    return (await this.findById(id))!;
  }

  async update(id: string, patch: Partial<SpaceEntity>): Promise<SpaceEntity> {
    await this.repo.update({ id }, patch);
    return (await this.findById(id))!;
  }

  /** Positions follow the order of `ids`; spaces not listed keep theirs after them. */
  async reorder(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE spaces s SET position = o.ord - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE s.id = o.id`,
      [ids],
    );
  }
}
