import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { MemberStatus, Role } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { MemberCache, type MemberBrief } from './member-cache.js';
import { MemberEntity } from './entities/member.entity.js';

export interface MemberListFilter {
  first: number;
  after: [string, string] | null;
  search?: string | null;
  role?: Role | null;
  status?: MemberStatus | null;
}

export type NewMember = Pick<
  MemberEntity,
  'email' | 'handle' | 'displayName' | 'passwordHash' | 'role' | 'status' | 'locale' | 'timezone'
> &
  Partial<Pick<MemberEntity, 'bio' | 'avatarUrl' | 'inviteId' | 'joinedAt'>>;

@Injectable()
export class MembersRepository {
  constructor(
    private readonly db: Db,
    private readonly briefCache: MemberCache,
  ) {}

  private get repo() {
    return this.db.repo(MemberEntity);
  }

  findById(id: string): Promise<MemberEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return this.db.query(
      `SELECT ${this.db.selectList(MemberEntity)} FROM members WHERE id = ANY($1::uuid[])`,
      [[...ids]],
      { prepare: true },
    );
  }

  /**
   * The members as they act (role, status, locale and rank position) and when they joined, in
   * one query, kept briefly (MemberCache).
   */
  briefs(ids: readonly string[]): Promise<MemberBrief[]> {
    return this.briefCache.get(ids, (missing) =>
      this.db.query(
        `SELECT m.id AS "memberId", '' AS "sessionId", m.role, m.status, m.locale,
                coalesce(r.rank_position, 1) AS "rankPosition", m.joined_at AS "joinedAt"
           FROM members m LEFT JOIN points_ranks r ON r.member_id = m.id
          WHERE m.id = ANY($1::uuid[])`,
        [[...missing]],
        { prepare: true },
      ),
    );
  }

  /** Their ranks moved (the points module's word): kept briefs are dropped everywhere. */
  ranksMoved(ids: readonly string[]): Promise<void> {
    return this.briefCache.changed(ids);
  }

  findByHandle(handle: string): Promise<MemberEntity | null> {
    return this.repo.findOneBy({ handle: handle.toLowerCase() });
  }

  findByHandles(handles: readonly string[]): Promise<MemberEntity[]> {
    return this.repo.findBy({ handle: In(handles.map((h) => h.toLowerCase())) });
  }

  /** Member ids by lower-cased email, for matching records from outside (e.g. imported answers). */
  async idsByEmails(emails: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<Array<{ id: string; email: string }>>(
      `SELECT id, lower(email) AS email FROM members WHERE lower(email) = ANY($1::text[])`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  /** With the password hash, for sign-in. */
  findCredentialsByEmail(email: string): Promise<MemberEntity | null> {
    return this.repo
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('lower(m.email) = lower(:email)', { email })
      .getOne();
  }

  async passwordHash(id: string): Promise<string | null> {
    const row = await this.repo
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.id = :id', { id })
      .getOne();
    return row?.passwordHash ?? null;
  }

  async emailTaken(email: string): Promise<boolean> {
    return this.repo
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .getExists();
  }

  handleTaken(handle: string): Promise<boolean> {
    return this.repo.existsBy({ handle: handle.toLowerCase() });
  }

  /** Ids of active admins, locked so two concurrent demotions cannot remove the last one. */
  async lockActiveAdmins(): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT id FROM members WHERE role = 'admin' AND status = 'active' FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  /** Serialises sign-ups within their transaction, so exactly one becomes the first admin. */
  async lockRegistrations(): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(7264113053)`);
  }

  async activeIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT id FROM members WHERE status = 'active' AND ($1::uuid IS NULL OR id > $1)
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Active members whose join date comes round on `now`'s date in their own time zone (29
   * February on 28 February when the year has none), a year or more after joining.
   */
  anniversariesOn(now: Date): Promise<Array<{ memberId: string; year: number; years: number }>> {
    return this.db.query(
      `SELECT id AS "memberId", year, years FROM (
         SELECT m.id, extract(year FROM $1::timestamptz AT TIME ZONE m.timezone)::int AS year,
                (extract(year FROM $1::timestamptz AT TIME ZONE m.timezone)
                  - extract(year FROM m.joined_at AT TIME ZONE m.timezone))::int AS years
           FROM members m
          WHERE m.status = 'active'
            AND m.joined_at <= $1::timestamptz - interval '1 year' + interval '1 day'
            AND (to_char(m.joined_at AT TIME ZONE m.timezone, 'MM-DD')
                   = to_char($1::timestamptz AT TIME ZONE m.timezone, 'MM-DD')
              OR (to_char(m.joined_at AT TIME ZONE m.timezone, 'MM-DD') = '02-29'
                  AND to_char($1::timestamptz AT TIME ZONE m.timezone, 'MM-DD') = '02-28'
                  AND to_char(($1::timestamptz AT TIME ZONE m.timezone) + interval '1 day', 'MM-DD') = '03-01'))
       ) due WHERE years >= 1`,
      [now],
    );
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  countByStatus(status: MemberEntity['status']): Promise<number> {
    return this.repo.countBy({ status });
  }

  async insert(member: NewMember): Promise<MemberEntity> {
    const saved = await this.repo.save(
      this.repo.create({ ...member, handle: member.handle.toLowerCase() }),
    );
    return (await this.findById(saved.id))!;
  }

  async update(id: string, patch: Partial<MemberEntity>): Promise<MemberEntity> {
    await this.repo.update({ id }, { ...patch, updatedAt: () => 'now()' } as object);
    if (['role', 'status', 'locale', 'joinedAt'].some((k) => k in patch))
      await this.briefCache.changed([id]);
    return (await this.findById(id))!;
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
    await this.briefCache.changed([id]);
  }

  /** Active members whose handle or display name starts with `prefix`, handles first. */
  byPrefix(prefix: string, first: number): Promise<MemberEntity[]> {
    const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.repo
      .createQueryBuilder('m')
      .where(`m.status = 'active'`)
      .andWhere('(m.handle ILIKE :like OR m.displayName ILIKE :like)', { like })
      .orderBy('m.handle ILIKE :like', 'DESC')
      .addOrderBy('m.handle', 'ASC')
      .limit(first)
      .getMany();
  }

  /** Newest first, keyset-paginated on (joined_at, id). */
  list(f: MemberListFilter): Promise<MemberEntity[]> {
    const q = this.repo
      .createQueryBuilder('m')
      .orderBy('m.joinedAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(f.first + 1);
    if (f.role) q.andWhere('m.role = :role', { role: f.role });
    if (f.status) q.andWhere('m.status = :status', { status: f.status });
    if (f.search) {
      const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q.andWhere('(m.displayName ILIKE :like OR m.handle ILIKE :like OR m.email ILIKE :like)', {
        like,
      });
    }
    if (f.after) {
      q.andWhere('(m.joinedAt, m.id) < (:at::timestamptz, :id::uuid)', {
        at: f.after[0],
        id: f.after[1],
      });
    }
    return q.getMany();
  }
}
