import { Injectable } from '@nestjs/common';
import type { BadgeCriterion } from '@kizuna/shared';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';

export interface BadgeRow {
  id: string;
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  icon: string;
  criterion: BadgeCriterion;
  threshold: number;
  enabled: boolean;
  position: number;
  createdAt: Date;
}

export type NewBadge = Omit<BadgeRow, 'id' | 'createdAt'>;

export interface MemberBadgeRow {
  memberId: string;
  badgeId: string;
  grantedAt: Date;
  grantedBy: string | null;
  reason: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
  generation: number;
}

/** A grant that just happened, for its notification. */
export interface Granted {
  memberId: string;
  badgeId: string;
  generation: number;
}

const BADGE = `b.id, b.key, b.name_ja AS "nameJa", b.name_en AS "nameEn",
  b.description_ja AS "descriptionJa", b.description_en AS "descriptionEn", b.icon, b.criterion,
  b.threshold, b.enabled, b.position, b.created_at AS "createdAt"`;
const HELD = `mb.member_id AS "memberId", mb.badge_id AS "badgeId", mb.granted_at AS "grantedAt",
  mb.granted_by AS "grantedBy", mb.reason, mb.revoked_at AS "revokedAt",
  mb.revoked_by AS "revokedBy", mb.revoke_reason AS "revokeReason", mb.generation`;

const COLUMN: Record<keyof NewBadge, string> = {
  key: 'key',
  nameJa: 'name_ja',
  nameEn: 'name_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  icon: 'icon',
  criterion: 'criterion',
  threshold: 'threshold',
  enabled: 'enabled',
  position: 'position',
};

@Injectable()
export class BadgesRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  list(includeDisabled: boolean): Promise<BadgeRow[]> {
    return this.db.query(
      `SELECT ${BADGE} FROM badges b WHERE $1 OR b.enabled ORDER BY b.position, b.created_at, b.id`,
      [includeDisabled],
    );
  }

  async findById(id: string): Promise<BadgeRow | null> {
    const rows = await this.db.query<BadgeRow[]>(`SELECT ${BADGE} FROM badges b WHERE b.id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  findByIds(ids: readonly string[]): Promise<BadgeRow[]> {
    return this.db.query(`SELECT ${BADGE} FROM badges b WHERE b.id = ANY($1::uuid[])`, [[...ids]]);
  }

  async findByKey(key: string): Promise<BadgeRow | null> {
    const rows = await this.db.query<BadgeRow[]>(`SELECT ${BADGE} FROM badges b WHERE b.key = $1`, [
      key,
    ]);
    return rows[0] ?? null;
  }

  async keyTaken(key: string, exceptId: string | null = null): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM badges WHERE key = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [key, exceptId],
    );
    return rows.length > 0;
  }

  async nextPosition(): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT coalesce(max(position) + 1, 0)::int AS n FROM badges`,
    );
    return row.n;
  }

  async insert(b: NewBadge): Promise<BadgeRow> {
    const [row] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO badges (key, name_ja, name_en, description_ja, description_en, icon, criterion,
                           threshold, enabled, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        b.key,
        b.nameJa,
        b.nameEn,
        b.descriptionJa,
        b.descriptionEn,
        b.icon,
        b.criterion,
        b.threshold,
        b.enabled,
        b.position,
      ],
    );
    this.cache.changed('badges');
    return (await this.findById(row.id))!;
  }

  async update(id: string, patch: Partial<NewBadge>): Promise<void> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
      [keyof NewBadge, unknown]
    >;
    if (!entries.length) return;
    const sets = entries.map(([k], i) => `${COLUMN[k]} = $${i + 2}`).join(', ');
    await this.db.query(`UPDATE badges SET ${sets} WHERE id = $1`, [
      id,
      ...entries.map(([, v]) => v),
    ]);
    this.cache.changed('badges');
  }

  /** Current holders (active members, not revoked) per badge. */
  async holderCounts(badgeIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ badgeId: string; n: number }>>(
      `SELECT mb.badge_id AS "badgeId", count(*)::int AS n
         FROM member_badges mb JOIN members_listed m ON m.id = mb.member_id
        WHERE mb.badge_id = ANY($1::uuid[]) AND mb.revoked_at IS NULL
        GROUP BY mb.badge_id`,
      [[...badgeIds]],
    );
    return new Map(rows.map((r) => [r.badgeId, r.n]));
  }

  /** A badge's current holders, latest first, after the (grantedAt, memberId) cursor. */
  holders(badgeId: string, first: number, after: string[] | null): Promise<MemberBadgeRow[]> {
    return this.db.query(
      `SELECT ${HELD} FROM member_badges mb
         JOIN members_listed m ON m.id = mb.member_id
        WHERE mb.badge_id = $1 AND mb.revoked_at IS NULL
          AND ($2::timestamptz IS NULL OR (mb.granted_at, mb.member_id) < ($2, $3::uuid))
        ORDER BY mb.granted_at DESC, mb.member_id DESC LIMIT $4`,
      [badgeId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
  }

  /** The enabled badges each member holds now, in badge order. */
  heldBy(memberIds: readonly string[]): Promise<MemberBadgeRow[]> {
    return this.db.query(
      `SELECT ${HELD} FROM member_badges mb JOIN badges b ON b.id = mb.badge_id
        WHERE mb.member_id = ANY($1::uuid[]) AND mb.revoked_at IS NULL AND b.enabled
        ORDER BY b.position, mb.granted_at`,
      [[...memberIds]],
    );
  }

  /** The member's row for a badge (held or revoked), locked for a change. */
  async lockHeld(memberId: string, badgeId: string): Promise<MemberBadgeRow | null> {
    const rows = await this.db.query<MemberBadgeRow[]>(
      `SELECT ${HELD} FROM member_badges mb WHERE mb.member_id = $1 AND mb.badge_id = $2
          FOR UPDATE`,
      [memberId, badgeId],
    );
    return rows[0] ?? null;
  }

  /** Grants a badge never granted before; null when the member has (or had) it. */
  async grant(
    memberId: string,
    badgeId: string,
    by: string | null,
    reason: string | null,
  ): Promise<Granted | null> {
    const rows = await this.db.query<Granted[]>(
      `INSERT INTO member_badges (member_id, badge_id, granted_by, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (member_id, badge_id) DO NOTHING
       RETURNING member_id AS "memberId", badge_id AS "badgeId", generation`,
      [memberId, badgeId, by, reason],
    );
    return rows[0] ?? null;
  }

  /** Gives a revoked badge back: a new grant (the next generation). */
  async regrant(memberId: string, badgeId: string, by: string, reason: string): Promise<Granted> {
    const [row] = await this.db.query<Granted[]>(
      `UPDATE member_badges SET granted_at = now(), granted_by = $3, reason = $4,
              revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL,
              generation = generation + 1
        WHERE member_id = $1 AND badge_id = $2 AND revoked_at IS NOT NULL
       RETURNING member_id AS "memberId", badge_id AS "badgeId", generation`,
      [memberId, badgeId, by, reason],
    );
    return row;
  }

  async revoke(memberId: string, badgeId: string, by: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE member_badges SET revoked_at = now(), revoked_by = $3, revoke_reason = $4
        WHERE member_id = $1 AND badge_id = $2 AND revoked_at IS NULL`,
      [memberId, badgeId, by, reason],
    );
  }

  async held(memberId: string, badgeId: string): Promise<MemberBadgeRow | null> {
    const rows = await this.db.query<MemberBadgeRow[]>(
      `SELECT ${HELD} FROM member_badges mb WHERE mb.member_id = $1 AND mb.badge_id = $2`,
      [memberId, badgeId],
    );
    return rows[0] ?? null;
  }

  /** The enabled badges members earn by their stats (not the manual ones). */
  automatic(): Promise<BadgeRow[]> {
    return this.cache.get('badges', () =>
      this.db.query(
        `SELECT ${BADGE} FROM badges b WHERE b.enabled AND b.criterion <> 'manual'
          ORDER BY b.position, b.id`,
      ),
    );
  }

  /**
   * Grants badges to members who never had them (a badge once granted is never granted again
   * here, revoked or not); returns the grants made.
   */
  grantNew(pairs: Array<{ memberId: string; badgeId: string }>): Promise<Granted[]> {
    if (!pairs.length) return Promise.resolve([]);
    return this.db.query(
      `INSERT INTO member_badges (member_id, badge_id)
       SELECT p.member_id, p.badge_id FROM unnest($1::uuid[], $2::uuid[]) AS p(member_id, badge_id)
        WHERE NOT EXISTS (SELECT 1 FROM member_badges x
                           WHERE x.member_id = p.member_id AND x.badge_id = p.badge_id)
        ORDER BY p.member_id, p.badge_id
       ON CONFLICT (member_id, badge_id) DO NOTHING
       RETURNING member_id AS "memberId", badge_id AS "badgeId", generation`,
      [pairs.map((p) => p.memberId), pairs.map((p) => p.badgeId)],
      { prepare: true },
    );
  }
}
