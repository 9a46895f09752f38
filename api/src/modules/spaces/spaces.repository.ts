import { Injectable } from '@nestjs/common';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import { SpaceEntity } from './entities/space.entity.js';

export type NewSpace = Omit<
  SpaceEntity,
  'id' | 'createdAt' | 'archivedAt' | 'position' | 'minRankPosition'
> &
  Partial<Pick<SpaceEntity, 'minRankPosition'>>;

@Injectable()
export class SpacesRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  private get repo() {
    return this.db.repo(SpaceEntity);
  }

  /** Every space, archived ones too, in display order (a community has tens: kept in memory). */
  private all(): Promise<readonly SpaceEntity[]> {
    return this.cache.get('spaces', () =>
      this.repo.find({ order: { position: 'ASC', createdAt: 'ASC' } }),
    );
  }

  /** Every space not archived, in display order. */
  async listActive(): Promise<SpaceEntity[]> {
    return (await this.all()).filter((s) => !s.archivedAt);
  }

  // A space missing from memory may have been made on another instance a moment ago.
  async findById(id: string): Promise<SpaceEntity | null> {
    return (await this.all()).find((s) => s.id === id) ?? this.repo.findOneBy({ id });
  }

  /** The space when the cached spaces are in memory already; undefined when not known so. */
  peekById(id: string): SpaceEntity | undefined {
    return this.cache.peek<readonly SpaceEntity[]>('spaces')?.find((s) => s.id === id);
  }

  async findByIds(ids: readonly string[]): Promise<SpaceEntity[]> {
    const wanted = new Set(ids);
    return (await this.all()).filter((s) => wanted.has(s.id));
  }

  async findBySlug(slug: string): Promise<SpaceEntity | null> {
    return (await this.all()).find((s) => s.slug === slug) ?? this.repo.findOneBy({ slug });
  }

  slugTaken(slug: string): Promise<boolean> {
    return this.repo.existsBy({ slug });
  }

  async insert(space: NewSpace): Promise<SpaceEntity> {
    const [{ next }] = await this.db.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position) + 1, 0) AS next FROM spaces`,
    );
    const { id } = await this.repo.save(this.repo.create({ ...space, position: next }));
    this.cache.changed('spaces');
    return (await this.repo.findOneBy({ id }))!;
  }

  async update(id: string, patch: Partial<SpaceEntity>): Promise<SpaceEntity> {
    await this.repo.update({ id }, patch);
    this.cache.changed('spaces');
    return (await this.repo.findOneBy({ id }))!;
  }

  /** Following twice, or at the same moment from two tabs, leaves one row. */
  async follow(memberId: string, spaceId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO space_follows (member_id, space_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [memberId, spaceId],
    );
  }

  async unfollow(memberId: string, spaceId: string): Promise<void> {
    await this.db.query(`DELETE FROM space_follows WHERE member_id = $1 AND space_id = $2`, [
      memberId,
      spaceId,
    ]);
  }

  /** Of these spaces, those the member follows. */
  async followedBy(memberId: string, spaceIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<Array<{ spaceId: string }>>(
      `SELECT space_id AS "spaceId" FROM space_follows
        WHERE member_id = $1 AND space_id = ANY($2::uuid[])`,
      [memberId, spaceIds],
    );
    return new Set(rows.map((r) => r.spaceId));
  }

  async followerCounts(spaceIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ spaceId: string; count: number }>>(
      `SELECT space_id AS "spaceId", count(*)::int AS count FROM space_follows
        WHERE space_id = ANY($1::uuid[]) GROUP BY space_id`,
      [spaceIds],
    );
    return new Map(rows.map((r) => [r.spaceId, r.count]));
  }

  /** A page of the space's followers, in member id order after `after`. */
  async followers(spaceId: string, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.db.query<Array<{ memberId: string }>>(
      `SELECT member_id AS "memberId" FROM space_follows
        WHERE space_id = $1 AND ($2::uuid IS NULL OR member_id > $2::uuid)
        ORDER BY member_id LIMIT $3`,
      [spaceId, after, limit],
    );
    return rows.map((r) => r.memberId);
  }

  /** Positions follow the order of `ids`; spaces not listed keep theirs after them. */
  async reorder(ids: string[]): Promise<void> {
    await this.db.query(
      `UPDATE spaces s SET position = o.ord - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE s.id = o.id`,
      [ids],
    );
    this.cache.changed('spaces');
  }
}
