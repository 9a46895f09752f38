import { Injectable } from '@nestjs/common';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import type { VisitSummary } from '../activity/activity.service.js';

export interface RuleRow {
  key: string;
  points: number;
  dailyCap: number | null;
  once: boolean;
  enabled: boolean;
  position: number;
}

/** An award's wanted state: counting (the action stands) or not (it was undone). */
export interface AwardWish {
  memberId: string;
  rule: string;
  source: string;
  /** The community's day the action happened on: the award counts for it (caps, periods). */
  day: string;
  active: boolean;
}

/** A member whose points moved, with the totals after the move. */
export interface PointsMoved {
  memberId: string;
  balance: number;
  lifetime: number;
  /** The rank before and after (ranks follow lifetime points). */
  rankFrom: number;
  rankTo: number;
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
  eventsAttended: number;
  ideas: number;
  ideasShipped: number;
  activeDays: number;
  currentStreak: number;
  bestStreak: number;
  lastVisitDay: string | null;
}

/** What a member's activities count: their counters and best visit streak. */
export type Counters = Pick<
  StatsRow,
  | 'memberId'
  | 'posts'
  | 'comments'
  | 'bestAnswers'
  | 'reactionsGiven'
  | 'reactionsReceived'
  | 'eventsAttended'
  | 'ideas'
  | 'ideasShipped'
  | 'bestStreak'
>;

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

/**
 * The leaderboard periods a community day counts in: all time, its week (from Monday) and its
 * month, as `period_points` keys (`periodsOf` computes the same keys for a day in code).
 */
const PERIODS = (day: string) =>
  `ARRAY['all', 'week:' || to_char(date_trunc('week', ${day}), 'YYYY-MM-DD'),
         'month:' || to_char(${day}, 'YYYY-MM')]`;

const STATS = `member_id AS "memberId", balance, lifetime, rank_position AS "rankPosition", posts,
  comments, best_answers AS "bestAnswers", reactions_given AS "reactionsGiven",
  reactions_received AS "reactionsReceived", events_attended AS "eventsAttended",
  ideas, ideas_shipped AS "ideasShipped", active_days AS "activeDays",
  current_streak AS "currentStreak", best_streak AS "bestStreak",
  to_char(last_visit_day, 'YYYY-MM-DD') AS "lastVisitDay"`;
const COUNTERS = `s.member_id AS "memberId", s.posts, s.comments, s.best_answers AS "bestAnswers",
  s.reactions_given AS "reactionsGiven", s.reactions_received AS "reactionsReceived",
  s.events_attended AS "eventsAttended", s.ideas, s.ideas_shipped AS "ideasShipped",
  s.best_streak AS "bestStreak"`;
const RANK = `id, position, name_ja AS "nameJa", name_en AS "nameEn", color, icon, threshold,
  min_active_days AS "minActiveDays", min_best_answers AS "minBestAnswers",
  perks_ja AS "perksJa", perks_en AS "perksEn"`;
/**
 * The position of the highest rank a stats row `s` meets with `lifetime` points (SQL): its
 * threshold, minimum active days and minimum best answers; 1 when none.
 */
const RANK_FOR = (lifetime: string) => `coalesce(
  (SELECT max(r.position) FROM ranks r
    WHERE ${lifetime} >= r.threshold AND s.active_days >= r.min_active_days
      AND s.best_answers >= r.min_best_answers), 1)`;

const RULE = `key, points, daily_cap AS "dailyCap", once, enabled, position`;

@Injectable()
export class PointsRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  rules(): Promise<RuleRow[]> {
    return this.cache.get('point_rules', () =>
      this.db.query(`SELECT ${RULE} FROM point_rules ORDER BY position`),
    );
  }

  async updateRule(r: Pick<RuleRow, 'key' | 'points' | 'dailyCap' | 'enabled'>): Promise<void> {
    await this.db.query(
      `UPDATE point_rules SET points = $2, daily_cap = $3, enabled = $4, updated_at = now()
        WHERE key = $1`,
      [r.key, r.points, r.dailyCap, r.enabled],
    );
    this.cache.changed('point_rules');
  }

  /**
   * Locks the members' stats rows (made on first use), in id order so that two transactions
   * locking overlapping sets never wait on each other in a cycle: one statement, as
   * ON CONFLICT DO UPDATE locks every existing row it meets, even those its WHERE leaves alone.
   */
  async lockStats(memberIds: readonly string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO member_stats (member_id) SELECT unnest($1::uuid[])
       ON CONFLICT (member_id) DO UPDATE SET member_id = EXCLUDED.member_id WHERE false`,
      [[...new Set(memberIds)].sort()],
      { prepare: true },
    );
  }

  async stats(memberIds: readonly string[]): Promise<StatsRow[]> {
    return this.db.query(
      `SELECT ${STATS} FROM member_stats WHERE member_id = ANY($1::uuid[])`,
      [[...memberIds]],
      { prepare: true },
    );
  }

  /**
   * Brings awards to their wanted state in one statement: an award that should count and does
   * not is made (its rule's points, or 0 past the rule's daily cap), one that counts and should
   * not is reversed (a negative ledger row dated on the award's day). The ledger rows move the
   * balances, lifetime totals and period totals. Wishes already met change nothing, so a
   * delivery made twice awards once. The members' stats rows must be locked (lockStats).
   *
   * A cap counts the day's awards that stand: earlier ones less those reversed (a reversal
   * carries its award's day), those this call reverses, and those it makes in order.
   */
  async applyAwards(wishes: AwardWish[]): Promise<PointsMoved[]> {
    if (!wishes.length) return [];
    return this.db.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::boolean[],
                              $6::int[]) AS i(member_id, rule, source, day, want, ord)),
       cur AS (
         SELECT i.*, r.points AS rule_points, r.daily_cap, r.once, r.enabled,
                coalesce(a.active, false) AS active, a.generation, a.points AS held
           FROM input i
           JOIN point_rules r ON r.key = i.rule
           -- One index lookup each (LIMIT keeps the planner from reading the whole table).
           LEFT JOIN LATERAL (
             SELECT * FROM point_awards a
              WHERE a.member_id = i.member_id AND a.rule = i.rule AND a.source = i.source
              LIMIT 1) a ON true),
       reversing AS (
         SELECT c.member_id, c.rule, c.source, c.held, c.generation, coalesce(l.day, c.day) AS day
           FROM cur c
           LEFT JOIN LATERAL (
             SELECT day FROM point_ledger l
              WHERE l.member_id = c.member_id AND l.rule = c.rule AND l.source = c.source
                AND l.entry = 'award:' || c.generation LIMIT 1) l ON true
          WHERE NOT c.want AND c.active),
       awarding AS (
         SELECT c.*, coalesce(c.generation, 0) + 1 AS gen,
                row_number() OVER (PARTITION BY c.member_id, c.rule, c.day ORDER BY c.ord) AS nth
           FROM cur c
          WHERE c.want AND c.enabled AND NOT c.active AND NOT (c.once AND c.generation IS NOT NULL)),
       -- Materialised: a reused (generic) plan, expecting few input rows, would otherwise
       -- re-run these sums for every award it joins them to.
       standing AS MATERIALIZED (
         SELECT k.member_id, k.rule, k.day,
                (SELECT coalesce(sum(sign(l.points)), 0) FROM point_ledger l
                  WHERE l.member_id = k.member_id AND l.rule = k.rule AND l.day = k.day
                    AND (l.entry LIKE 'award:%' OR l.entry LIKE 'reversal:%'))
                - (SELECT count(*) FROM reversing v
                    WHERE v.member_id = k.member_id AND v.rule = k.rule AND v.day = k.day
                      AND v.held > 0) AS n
           FROM (SELECT DISTINCT member_id, rule, day FROM awarding WHERE daily_cap IS NOT NULL) k),
       awarded AS (
         SELECT w.member_id, w.rule, w.source, w.day, w.gen,
                CASE WHEN w.daily_cap IS NOT NULL AND coalesce(s.n, 0) + w.nth > w.daily_cap
                     THEN 0 ELSE w.rule_points END AS points
           FROM awarding w LEFT JOIN standing s USING (member_id, rule, day)),
       states AS (
         INSERT INTO point_awards AS a (member_id, rule, source, points, active, generation)
         SELECT member_id, rule, source, points, true, gen FROM awarded
         UNION ALL
         SELECT member_id, rule, source, held, false, generation FROM reversing
         ON CONFLICT (member_id, rule, source) DO UPDATE
           SET points = EXCLUDED.points, active = EXCLUDED.active, generation = EXCLUDED.generation
         RETURNING 1),
       ledger AS (
         INSERT INTO point_ledger (member_id, rule, source, entry, points, day)
         SELECT member_id, rule, source, 'award:' || gen, points, day FROM awarded WHERE points > 0
         UNION ALL
         SELECT member_id, rule, source, 'reversal:' || generation, -held, day
           FROM reversing WHERE held > 0
         ON CONFLICT DO NOTHING
         RETURNING member_id, points, day),
       periods AS (
         INSERT INTO period_points (period, member_id, points)
         SELECT p, member_id, sum(points) FROM ledger,
                unnest(${PERIODS('day')}) AS p
          GROUP BY p, member_id
         ON CONFLICT (period, member_id)
           DO UPDATE SET points = period_points.points + EXCLUDED.points
         RETURNING 1)
       UPDATE member_stats s
          SET balance = s.balance + t.points, lifetime = s.lifetime + t.points, updated_at = now(),
              rank_position = ${RANK_FOR('s.lifetime + t.points')}
         FROM (SELECT member_id, sum(points)::int AS points FROM ledger GROUP BY member_id) t
        WHERE s.member_id = t.member_id
       RETURNING s.member_id AS "memberId", s.balance, s.lifetime,
                 old.rank_position AS "rankFrom", s.rank_position AS "rankTo"`,
      [
        wishes.map((w) => w.memberId),
        wishes.map((w) => w.rule),
        wishes.map((w) => w.source),
        wishes.map((w) => w.day),
        wishes.map((w) => w.active),
        wishes.map((_, i) => i),
      ],
      { prepare: true },
    );
  }

  /**
   * Counts each activity in member_stats exactly once while it stands and not at all once it is
   * retracted, whatever order its deliveries come in (member_stats_activities holds what is
   * counted). In the same statement, every member of `memberIds` has their stats row made on
   * first use and locked until commit, in id order (as lockStats); returns their counters.
   */
  countActivities(
    memberIds: readonly string[],
    rows: Array<{ activityId: string; memberId: string; counter: string; active: boolean }>,
  ): Promise<Counters[]> {
    return this.db.query(
      `WITH input AS (
         SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::boolean[])
           AS i(activity_id, member_id, counter, active)),
       added AS (
         INSERT INTO member_stats_activities (activity_id, member_id)
         SELECT activity_id, member_id FROM input WHERE active
         ON CONFLICT DO NOTHING RETURNING activity_id),
       removed AS (
         DELETE FROM member_stats_activities c USING input i
          WHERE c.activity_id = i.activity_id AND NOT i.active RETURNING c.activity_id),
       moved AS (
         SELECT i.member_id, i.counter, 1 AS d FROM input i JOIN added USING (activity_id)
         UNION ALL
         SELECT i.member_id, i.counter, -1 FROM input i JOIN removed USING (activity_id)),
       per AS (
         SELECT m.id AS member_id,
                coalesce(sum(d) FILTER (WHERE counter = 'posts'), 0)::int AS posts,
                coalesce(sum(d) FILTER (WHERE counter = 'comments'), 0)::int AS comments,
                coalesce(sum(d) FILTER (WHERE counter = 'bestAnswers'), 0)::int AS best,
                coalesce(sum(d) FILTER (WHERE counter = 'reactionsGiven'), 0)::int AS given,
                coalesce(sum(d) FILTER (WHERE counter = 'reactionsReceived'), 0)::int AS received,
                coalesce(sum(d) FILTER (WHERE counter = 'eventsAttended'), 0)::int AS attended,
                coalesce(sum(d) FILTER (WHERE counter = 'ideas'), 0)::int AS ideas,
                coalesce(sum(d) FILTER (WHERE counter = 'ideasShipped'), 0)::int AS shipped
           FROM unnest($5::uuid[]) AS m(id) LEFT JOIN moved ON moved.member_id = m.id
          GROUP BY m.id)
       -- A new row only ever gains: an activity is taken off only once it was counted.
       INSERT INTO member_stats AS s (member_id, posts, comments, best_answers, reactions_given,
                                      reactions_received, events_attended, ideas, ideas_shipped)
       SELECT member_id, posts, comments, best, given, received, attended, ideas, shipped FROM per
        ORDER BY member_id
       ON CONFLICT (member_id) DO UPDATE SET
         posts = greatest(0, s.posts + EXCLUDED.posts),
         comments = greatest(0, s.comments + EXCLUDED.comments),
         best_answers = greatest(0, s.best_answers + EXCLUDED.best_answers),
         reactions_given = greatest(0, s.reactions_given + EXCLUDED.reactions_given),
         reactions_received = greatest(0, s.reactions_received + EXCLUDED.reactions_received),
         events_attended = greatest(0, s.events_attended + EXCLUDED.events_attended),
         ideas = greatest(0, s.ideas + EXCLUDED.ideas),
         ideas_shipped = greatest(0, s.ideas_shipped + EXCLUDED.ideas_shipped),
         updated_at = CASE WHEN (EXCLUDED.posts, EXCLUDED.comments, EXCLUDED.best_answers,
                                 EXCLUDED.reactions_given, EXCLUDED.reactions_received,
                                 EXCLUDED.events_attended, EXCLUDED.ideas, EXCLUDED.ideas_shipped)
                                = (0, 0, 0, 0, 0, 0, 0, 0)
                           THEN s.updated_at ELSE now() END
       RETURNING ${COUNTERS}`,
      [
        rows.map((r) => r.activityId),
        rows.map((r) => r.memberId),
        rows.map((r) => r.counter),
        rows.map((r) => r.active),
        [...new Set(memberIds)].sort(),
      ],
      { prepare: true },
    );
  }

  /**
   * Sets the members' activity counters to exactly the given standing activities (a rebuild):
   * what is counted is replaced, and the counters follow.
   */
  async resetCounters(
    memberIds: readonly string[],
    rows: Array<{ activityId: string; memberId: string; counter: string }>,
  ): Promise<void> {
    await this.db.query(`DELETE FROM member_stats_activities WHERE member_id = ANY($1::uuid[])`, [
      [...memberIds],
    ]);
    await this.db.query(
      `WITH input AS (
         SELECT * FROM unnest($2::bigint[], $3::uuid[], $4::text[]) AS i(activity_id, member_id, counter)),
       counted AS (
         INSERT INTO member_stats_activities (activity_id, member_id)
         SELECT activity_id, member_id FROM input),
       per AS (
         SELECT m.id AS member_id,
                count(*) FILTER (WHERE i.counter = 'posts')::int AS posts,
                count(*) FILTER (WHERE i.counter = 'comments')::int AS comments,
                count(*) FILTER (WHERE i.counter = 'bestAnswers')::int AS best,
                count(*) FILTER (WHERE i.counter = 'reactionsGiven')::int AS given,
                count(*) FILTER (WHERE i.counter = 'reactionsReceived')::int AS received,
                count(*) FILTER (WHERE i.counter = 'eventsAttended')::int AS attended,
                count(*) FILTER (WHERE i.counter = 'ideas')::int AS ideas,
                count(*) FILTER (WHERE i.counter = 'ideasShipped')::int AS shipped
           FROM unnest($1::uuid[]) AS m(id) LEFT JOIN input i ON i.member_id = m.id
          GROUP BY m.id)
       UPDATE member_stats s SET posts = per.posts, comments = per.comments,
              best_answers = per.best, reactions_given = per.given,
              reactions_received = per.received, events_attended = per.attended,
              ideas = per.ideas, ideas_shipped = per.shipped, updated_at = now()
         FROM per WHERE s.member_id = per.member_id`,
      [
        [...memberIds],
        rows.map((r) => r.activityId),
        rows.map((r) => r.memberId),
        rows.map((r) => r.counter),
      ],
    );
  }

  /** Sets active days, streaks and the last visit from the visit days that stand. */
  async saveVisits(rows: VisitSummary[]): Promise<void> {
    if (!rows.length) return;
    await this.db.query(
      `UPDATE member_stats s SET active_days = v.days, current_streak = v.current,
              best_streak = v.best, last_visit_day = v.last, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::date[])
           AS v(member_id, days, current, best, last)
        WHERE s.member_id = v.member_id`,
      [
        rows.map((r) => r.memberId),
        rows.map((r) => r.activeDays),
        rows.map((r) => r.currentStreak),
        rows.map((r) => r.bestStreak),
        rows.map((r) => r.lastVisitDay),
      ],
    );
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

  /** Moves balance, lifetime points and the period totals of `day` (adjustments, rewards). */
  async apply(memberId: string, points: number, day: string): Promise<StatsRow> {
    const [row] = await this.db.query<StatsRow[]>(
      `UPDATE member_stats SET balance = balance + $2, lifetime = lifetime + $2, updated_at = now()
        WHERE member_id = $1 RETURNING ${STATS}`,
      [memberId, points],
    );
    if (points !== 0) {
      await this.db.query(
        `INSERT INTO period_points (period, member_id, points)
         SELECT p, $1, $2 FROM unnest(${PERIODS('$3::date')}) AS p
         ON CONFLICT (period, member_id) DO UPDATE SET points = period_points.points + EXCLUDED.points`,
        [memberId, points, day],
      );
    }
    return row;
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

  /** Net points a member holds per ledger source, for these sources. */
  async pointsBySource(memberId: string, sources: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ source: string; points: number }>>(
      `SELECT source, sum(points)::int AS points FROM point_ledger
        WHERE member_id = $1 AND source = ANY($2::text[]) GROUP BY source`,
      [memberId, [...sources]],
    );
    return new Map(rows.map((r) => [r.source, r.points]));
  }

  /** A member's ledger entries under these rules, newest first. */
  entriesOf(memberId: string, rules: readonly string[], limit: number): Promise<LedgerRow[]> {
    return this.db.query(
      `SELECT id::text, member_id AS "memberId", rule, source, entry, points, reason,
              actor_id AS "actorId", created_at AS "createdAt"
         FROM point_ledger WHERE member_id = $1 AND rule = ANY($2::text[])
        ORDER BY id DESC LIMIT $3`,
      [memberId, [...rules], limit],
    );
  }

  ranks(): Promise<RankRow[]> {
    return this.cache.get('ranks', () =>
      this.db.query(`SELECT ${RANK} FROM ranks ORDER BY position`),
    );
  }

  async replaceRanks(ranks: Array<Omit<RankRow, 'id' | 'position'>>): Promise<void> {
    this.cache.changed('ranks');
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
         SELECT s.member_id, s.rank_position AS old, ${RANK_FOR('s.lifetime')} AS new
           FROM member_stats s WHERE s.member_id = ANY($1::uuid[]) FOR UPDATE)
       UPDATE member_stats s SET rank_position = t.new FROM target t
        WHERE s.member_id = t.member_id AND t.new <> t.old
       RETURNING s.member_id AS "memberId", t.old AS "from", t.new AS "to"`,
      [memberIds],
      { prepare: true },
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
