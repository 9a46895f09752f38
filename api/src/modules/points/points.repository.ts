import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

export interface RuleRow {
  key: string;
  points: number;
  dailyCap: number | null;
  once: boolean;
  enabled: boolean;
  position: number;
}

export interface AwardState {
  points: number;
  active: boolean;
  generation: number;
}

export interface StatsRow {
  memberId: string;
  balance: number;
  lifetime: number;
  rankPosition: number;
  posts: number;
  comments: number;
  bestAnswers: number;
  reactionsGiven: number;
  reactionsReceived: number;
  activeDays: number;
  currentStreak: number;
  bestStreak: number;
  lastVisitDay: string | null;
}

export interface RankRow {
  id: string;
  position: number;
  nameJa: string;
  nameEn: string;
  color: string;
  icon: string;
  threshold: number;
  minActiveDays: number;
  minBestAnswers: number;
  perksJa: string;
  perksEn: string;
}

export interface LedgerRow {
  id: string;
  memberId: string;
  rule: string;
  source: string;
  entry: string;
  points: number;
  reason: string | null;
  actorId: string | null;
  createdAt: Date;
}

/** Counters kept with the award state: they move exactly when an award starts or stops counting. */
export const COUNTER_OF: Record<string, keyof StatsRow | undefined> = {
  post_created: 'posts',
  comment_created: 'comments',
  best_answer: 'bestAnswers',
  reaction_given: 'reactionsGiven',
  reaction_received: 'reactionsReceived',
};
const COLUMN: Partial<Record<keyof StatsRow, string>> = {
  posts: 'posts',
  comments: 'comments',
  bestAnswers: 'best_answers',
  reactionsGiven: 'reactions_given',
  reactionsReceived: 'reactions_received',
};

const STATS = `member_id AS "memberId", balance, lifetime, rank_position AS "rankPosition", posts,
  comments, best_answers AS "bestAnswers", reactions_given AS "reactionsGiven",
  reactions_received AS "reactionsReceived", active_days AS "activeDays",
  current_streak AS "currentStreak", best_streak AS "bestStreak",
  to_char(last_visit_day, 'YYYY-MM-DD') AS "lastVisitDay"`;
const RANK = `id, position, name_ja AS "nameJa", name_en AS "nameEn", color, icon, threshold,
  min_active_days AS "minActiveDays", min_best_answers AS "minBestAnswers",
  perks_ja AS "perksJa", perks_en AS "perksEn"`;
const RULE = `key, points, daily_cap AS "dailyCap", once, enabled, position`;

@Injectable()
export class PointsRepository {
  constructor(private readonly db: Db) {}

  rules(): Promise<RuleRow[]> {
    return this.db.query(`SELECT ${RULE} FROM point_rules ORDER BY position`);
  }

  async updateRule(r: Pick<RuleRow, 'key' | 'points' | 'dailyCap' | 'enabled'>): Promise<void> {
    await this.db.query(
      `UPDATE point_rules SET points = $2, daily_cap = $3, enabled = $4, updated_at = now()
        WHERE key = $1`,
      [r.key, r.points, r.dailyCap, r.enabled],
    );
  }

  /** The community's calendar day now, and the week and month it falls in. */
  async today(): Promise<{ day: string; week: string; month: string }> {
    const [row] = await this.db.query<Array<{ day: string; week: string; month: string }>>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day, to_char(date_trunc('week', d), 'YYYY-MM-DD') AS week,
              to_char(d, 'YYYY-MM') AS month
         FROM (SELECT (now() AT TIME ZONE (SELECT timezone FROM community_settings LIMIT 1))::date AS d) t`,
    );
    return row;
  }

  /** Locks the member's stats row (made on first use): one member's awards run one at a time. */
  async lockStats(memberId: string): Promise<StatsRow> {
    await this.db.query(`INSERT INTO member_stats (member_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
      memberId,
    ]);
    const [row] = await this.db.query<StatsRow[]>(
      `SELECT ${STATS} FROM member_stats WHERE member_id = $1 FOR UPDATE`,
      [memberId],
    );
    return row;
  }

  async stats(memberIds: readonly string[]): Promise<StatsRow[]> {
    return this.db.query(`SELECT ${STATS} FROM member_stats WHERE member_id = ANY($1::uuid[])`, [
      [...memberIds],
    ]);
  }

  async awardState(memberId: string, rule: string, source: string): Promise<AwardState | null> {
    const rows = await this.db.query<AwardState[]>(
      `SELECT points, active, generation FROM point_awards
        WHERE member_id = $1 AND rule = $2 AND source = $3`,
      [memberId, rule, source],
    );
    return rows[0] ?? null;
  }

  async saveAwardState(memberId: string, rule: string, source: string, s: AwardState) {
    await this.db.query(
      `INSERT INTO point_awards (member_id, rule, source, points, active, generation)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (member_id, rule, source) DO UPDATE
         SET points = EXCLUDED.points, active = EXCLUDED.active, generation = EXCLUDED.generation`,
      [memberId, rule, source, s.points, s.active, s.generation],
    );
  }

  /**
   * Awards of a rule earned on a day that still stand (for daily caps). A reversal is dated on
   * its award's day, so each undone award cancels out: undo-redo of one source counts once, and
   * nobody can use up someone else's cap by reacting and un-reacting.
   */
  async standingAwardsOn(memberId: string, rule: string, day: string): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT coalesce(sum(sign(points)), 0)::int AS n FROM point_ledger
        WHERE member_id = $1 AND rule = $2 AND day = $3
          AND (entry LIKE 'award:%' OR entry LIKE 'reversal:%')`,
      [memberId, rule, day],
    );
    return row.n;
  }

  async awardDay(memberId: string, rule: string, source: string, entry: string) {
    const rows = await this.db.query<Array<{ day: string }>>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM point_ledger
        WHERE member_id = $1 AND rule = $2 AND source = $3 AND entry = $4`,
      [memberId, rule, source, entry],
    );
    return rows[0]?.day ?? null;
  }

  /** Appends a ledger row; false when the same entry exists (a retry). */
  async append(e: Omit<LedgerRow, 'id' | 'createdAt'> & { day: string }): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO point_ledger (member_id, rule, source, entry, points, day, reason, actor_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (member_id, rule, source, entry) DO NOTHING RETURNING 1`,
      [e.memberId, e.rule, e.source, e.entry, e.points, e.day, e.reason, e.actorId],
    );
    return rows.length > 0;
  }

  /** Moves balance, lifetime points, the period totals of `day` and one activity counter. */
  async apply(
    memberId: string,
    points: number,
    day: string,
    counter?: { field: keyof StatsRow; delta: number },
  ): Promise<StatsRow> {
    const column = counter ? COLUMN[counter.field] : undefined;
    const [row] = await this.db.query<StatsRow[]>(
      `UPDATE member_stats SET balance = balance + $2, lifetime = lifetime + $2,
         ${column ? `${column} = greatest(0, ${column} + $3),` : ''} updated_at = now()
        WHERE member_id = $1 RETURNING ${STATS}`,
      column ? [memberId, points, counter!.delta] : [memberId, points],
    );
    if (points !== 0) {
      await this.db.query(
        `INSERT INTO period_points (period, member_id, points)
         SELECT p, $1, $2 FROM unnest(ARRAY['all',
           'week:' || to_char(date_trunc('week', $3::date), 'YYYY-MM-DD'),
           'month:' || to_char($3::date, 'YYYY-MM')]) AS p
         ON CONFLICT (period, member_id) DO UPDATE SET points = period_points.points + EXCLUDED.points`,
        [memberId, points, day],
      );
    }
    return row;
  }

  async setRank(memberId: string, position: number): Promise<void> {
    await this.db.query(`UPDATE member_stats SET rank_position = $2 WHERE member_id = $1`, [
      memberId,
      position,
    ]);
  }

  /**
   * Counts today's visit once: moves the streak (kept when yesterday was a visit) and the active
   * days. Null when the member was already seen today.
   */
  async recordVisit(memberId: string, day: string): Promise<{ currentStreak: number } | null> {
    await this.db.query(`INSERT INTO member_stats (member_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
      memberId,
    ]);
    const rows = await this.db.query<Array<{ currentStreak: number }>>(
      `UPDATE member_stats SET
         current_streak = CASE WHEN last_visit_day = $2::date - 1 THEN current_streak + 1 ELSE 1 END,
         best_streak = greatest(best_streak,
           CASE WHEN last_visit_day = $2::date - 1 THEN current_streak + 1 ELSE 1 END),
         active_days = active_days + 1, last_visit_day = $2, updated_at = now()
        WHERE member_id = $1 AND (last_visit_day IS NULL OR last_visit_day < $2)
        RETURNING current_streak AS "currentStreak"`,
      [memberId, day],
    );
    return rows[0] ?? null;
  }

  history(memberId: string, first: number, afterId: string | null): Promise<LedgerRow[]> {
    return this.db.query(
      `SELECT id::text, member_id AS "memberId", rule, source, entry, points, reason,
              actor_id AS "actorId", created_at AS "createdAt"
         FROM point_ledger WHERE member_id = $1 AND ($2::bigint IS NULL OR id < $2)
        ORDER BY id DESC LIMIT $3`,
      [memberId, afterId, first + 1],
    );
  }

  ranks(): Promise<RankRow[]> {
    return this.db.query(`SELECT ${RANK} FROM ranks ORDER BY position`);
  }

  async replaceRanks(ranks: Array<Omit<RankRow, 'id' | 'position'>>): Promise<void> {
    await this.db.query(`DELETE FROM ranks`);
    for (const [i, r] of ranks.entries()) {
      await this.db.query(
        `INSERT INTO ranks (position, name_ja, name_en, color, icon, threshold, min_active_days,
                            min_best_answers, perks_ja, perks_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          i + 1,
          r.nameJa,
          r.nameEn,
          r.color,
          r.icon,
          r.threshold,
          r.minActiveDays,
          r.minBestAnswers,
          r.perksJa,
          r.perksEn,
        ],
      );
    }
  }

  /** Members in id order after `afterId`, for batch work. */
  async memberIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT member_id AS id FROM member_stats WHERE ($1::uuid IS NULL OR member_id > $1)
        ORDER BY member_id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async countStats(): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM member_stats`,
    );
    return row.n;
  }

  /**
   * Sets each member's rank to the highest whose requirements they meet; returns those whose
   * rank changed, with the old and new positions.
   */
  recomputeRanks(
    memberIds: string[],
  ): Promise<Array<{ memberId: string; from: number; to: number }>> {
    return this.db.query(
      `WITH target AS (
         SELECT s.member_id, s.rank_position AS old,
                coalesce((SELECT max(r.position) FROM ranks r
                           WHERE s.lifetime >= r.threshold AND s.active_days >= r.min_active_days
                             AND s.best_answers >= r.min_best_answers), 1) AS new
           FROM member_stats s WHERE s.member_id = ANY($1::uuid[]) FOR UPDATE)
       UPDATE member_stats s SET rank_position = t.new FROM target t
        WHERE s.member_id = t.member_id AND t.new <> t.old
       RETURNING s.member_id AS "memberId", t.old AS "from", t.new AS "to"`,
      [memberIds],
    );
  }

  async progress(id: string) {
    const rows = await this.db.query<
      Array<{
        id: string;
        done: number;
        total: number;
        finishedAt: Date | null;
        failed: string | null;
      }>
    >(
      `SELECT id, done, total, finished_at AS "finishedAt", failed FROM job_progress WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async saveProgress(id: string, done: number, total: number, finished = false, failed?: string) {
    await this.db.query(
      `INSERT INTO job_progress (id, done, total, finished_at, failed)
       VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, $5)
       ON CONFLICT (id) DO UPDATE SET done = $2, total = $3,
         finished_at = CASE WHEN $4 THEN now() END, failed = $5`,
      [id, done, total, finished, failed ?? null],
    );
  }
}
