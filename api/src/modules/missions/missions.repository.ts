import { Injectable } from '@nestjs/common';
import type { MissionAction } from '@kizuna/shared';
import { ReadCache } from '../../core/cache/read-cache.js';
import { Db } from '../../core/database/db.js';
import type { MissionKind } from './missions.models.js';

export interface StepDef {
  action: MissionAction;
  count: number;
  spaceId: string | null;
}

export interface MissionRow {
  id: string;
  kind: MissionKind;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  steps: StepDef[];
  startsAt: Date | null;
  endsAt: Date | null;
  rewardPoints: number;
  rewardBadgeId: string | null;
  createdBy: string | null;
  archivedAt: Date | null;
  createdAt: Date;
}

export type NewMission = Omit<MissionRow, 'id' | 'archivedAt' | 'createdAt'>;

export interface ProgressRow {
  missionId: string;
  memberId: string;
  /** Per step, in step order. */
  counts: number[];
  completedAt: Date | null;
}

const MISSION = `id, kind, title_ja AS "titleJa", title_en AS "titleEn",
  description_ja AS "descriptionJa", description_en AS "descriptionEn", steps,
  starts_at AS "startsAt", ends_at AS "endsAt", reward_points AS "rewardPoints",
  reward_badge_id AS "rewardBadgeId", created_by AS "createdBy", archived_at AS "archivedAt",
  created_at AS "createdAt"`;
const PROGRESS = `mission_id AS "missionId", member_id AS "memberId", counts,
  completed_at AS "completedAt"`;
const COLUMN: Record<Exclude<keyof NewMission, 'kind' | 'createdBy'>, string> = {
  titleJa: 'title_ja',
  titleEn: 'title_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  steps: 'steps',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  rewardPoints: 'reward_points',
  rewardBadgeId: 'reward_badge_id',
};

@Injectable()
export class MissionsRepository {
  constructor(
    private readonly db: Db,
    private readonly cache: ReadCache,
  ) {}

  /** Missions not archived, in id order (the order progress rows are locked in). */
  current(): Promise<MissionRow[]> {
    return this.cache.get('missions', () =>
      this.db.query(`SELECT ${MISSION} FROM missions WHERE archived_at IS NULL ORDER BY id`),
    );
  }

  all(includeArchived: boolean): Promise<MissionRow[]> {
    return this.db.query(
      `SELECT ${MISSION} FROM missions WHERE $1 OR archived_at IS NULL
        ORDER BY archived_at IS NOT NULL, kind = 'onboarding' DESC, starts_at DESC NULLS LAST,
                 created_at DESC, id`,
      [includeArchived],
    );
  }

  async findById(id: string): Promise<MissionRow | null> {
    const rows = await this.db.query<MissionRow[]>(
      `SELECT ${MISSION} FROM missions WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async lock(id: string): Promise<MissionRow | null> {
    const rows = await this.db.query<MissionRow[]>(
      `SELECT ${MISSION} FROM missions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insert(m: NewMission): Promise<MissionRow> {
    const [row] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO missions (kind, title_ja, title_en, description_ja, description_en, steps,
                             starts_at, ends_at, reward_points, reward_badge_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11) RETURNING id`,
      [
        m.kind,
        m.titleJa,
        m.titleEn,
        m.descriptionJa,
        m.descriptionEn,
        JSON.stringify(m.steps),
        m.startsAt,
        m.endsAt,
        m.rewardPoints,
        m.rewardBadgeId,
        m.createdBy,
      ],
    );
    this.cache.changed('missions');
    return (await this.findById(row.id))!;
  }

  async update(id: string, patch: Partial<Omit<NewMission, 'kind' | 'createdBy'>>): Promise<void> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
      [keyof typeof COLUMN, unknown]
    >;
    if (!entries.length) return;
    const sets = entries
      .map(([k], i) => `${COLUMN[k]} = $${i + 2}${k === 'steps' ? '::jsonb' : ''}`)
      .join(', ');
    await this.db.query(`UPDATE missions SET ${sets} WHERE id = $1`, [
      id,
      ...entries.map(([k, v]) => (k === 'steps' ? JSON.stringify(v) : v)),
    ]);
    this.cache.changed('missions');
  }

  async archive(id: string): Promise<void> {
    await this.db.query(
      `UPDATE missions SET archived_at = now() WHERE id = $1 AND archived_at IS NULL`,
      [id],
    );
    this.cache.changed('missions');
  }

  /** Whether any member has counted anything towards the mission. */
  async started(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM mission_sources WHERE mission_id = $1 LIMIT 1`,
      [id],
    );
    return rows.length > 0;
  }

  progressOf(memberId: string, missionIds: readonly string[]): Promise<ProgressRow[]> {
    return this.db.query(
      `SELECT ${PROGRESS} FROM mission_progress
        WHERE member_id = $1 AND mission_id = ANY($2::uuid[])`,
      [memberId, [...missionIds]],
    );
  }

  /**
   * Members' progress on missions (made on first use), locked in (member, mission) order: one
   * change at a time for each, and no two batches waiting on each other in a cycle.
   */
  async lockProgress(
    pairs: Array<{ missionId: string; memberId: string }>,
  ): Promise<ProgressRow[]> {
    // One statement: ON CONFLICT DO UPDATE locks every row it meets (in the order given: by
    // member, then mission) and returns those it changes, here the incomplete ones unchanged.
    return this.db.query<ProgressRow[]>(
      `INSERT INTO mission_progress AS p (mission_id, member_id)
       SELECT mission_id, member_id FROM unnest($1::uuid[], $2::uuid[]) AS i(mission_id, member_id)
        ORDER BY member_id, mission_id
       ON CONFLICT (mission_id, member_id) DO UPDATE SET counts = p.counts
        WHERE p.completed_at IS NULL
       RETURNING ${PROGRESS}`,
      [pairs.map((p) => p.missionId), pairs.map((p) => p.memberId)],
      { prepare: true },
    );
  }

  /**
   * Records which sources counted for which steps; returns those new (a source counts once per
   * step, so a delivery made twice changes nothing).
   */
  countSources(
    rows: Array<{ missionId: string; memberId: string; step: number; source: string }>,
  ): Promise<Array<{ missionId: string; memberId: string; step: number }>> {
    if (!rows.length) return Promise.resolve([]);
    return this.db.query(
      `INSERT INTO mission_sources (mission_id, member_id, step, source)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[])
       ON CONFLICT DO NOTHING
       RETURNING mission_id AS "missionId", member_id AS "memberId", step`,
      [
        rows.map((r) => r.missionId),
        rows.map((r) => r.memberId),
        rows.map((r) => r.step),
        rows.map((r) => r.source),
      ],
      { prepare: true },
    );
  }

  /**
   * Takes undone actions (a deleted post, a removed reaction) out of the missions they counted
   * towards and that are not completed yet; returns which (member, mission) changed.
   */
  retractSources(
    undone: Array<{ memberId: string; source: string }>,
  ): Promise<Array<{ missionId: string; memberId: string }>> {
    if (!undone.length) return Promise.resolve([]);
    return this.db.query(
      `WITH gone AS (
         DELETE FROM mission_sources s
          USING mission_progress p, unnest($1::uuid[], $2::text[]) AS u(member_id, source)
          WHERE s.member_id = u.member_id AND s.source = u.source AND p.mission_id = s.mission_id
            AND p.member_id = s.member_id AND p.completed_at IS NULL
         RETURNING s.mission_id, s.member_id, s.step),
       per AS (
         SELECT mission_id, member_id, step, count(*)::int AS n FROM gone
          GROUP BY mission_id, member_id, step),
       rows AS (
         SELECT mission_id, member_id, jsonb_object_agg(step::text, n) AS minus FROM per
          GROUP BY mission_id, member_id)
       UPDATE mission_progress p
          SET counts = coalesce(
                (SELECT jsonb_agg(greatest(0, c.value::int
                                              - coalesce((r.minus ->> (c.ord - 1)::text)::int, 0))
                                  ORDER BY c.ord)
                   FROM jsonb_array_elements_text(p.counts) WITH ORDINALITY AS c(value, ord)),
                p.counts),
              updated_at = now()
         FROM rows r
        WHERE p.mission_id = r.mission_id AND p.member_id = r.member_id
       RETURNING p.mission_id AS "missionId", p.member_id AS "memberId"`,
      [undone.map((u) => u.memberId), undone.map((u) => u.source)],
    );
  }

  /** Saves counts, and marks completed those now complete. */
  async saveProgress(
    rows: Array<{ missionId: string; memberId: string; counts: number[]; complete: boolean }>,
  ): Promise<void> {
    if (!rows.length) return;
    await this.db.query(
      `UPDATE mission_progress p SET counts = v.counts,
              completed_at = CASE WHEN v.complete THEN coalesce(p.completed_at, now()) END,
              updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::boolean[])
           AS v(mission_id, member_id, counts, complete)
        WHERE p.mission_id = v.mission_id AND p.member_id = v.member_id`,
      [
        rows.map((r) => r.missionId),
        rows.map((r) => r.memberId),
        rows.map((r) => JSON.stringify(r.counts)),
        rows.map((r) => r.complete),
      ],
      { prepare: true },
    );
  }

  async completedCounts(missionIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ missionId: string; n: number }>>(
      `SELECT mission_id AS "missionId", count(*)::int AS n FROM mission_progress
        WHERE mission_id = ANY($1::uuid[]) AND completed_at IS NOT NULL GROUP BY mission_id`,
      [[...missionIds]],
    );
    return new Map(rows.map((r) => [r.missionId, r.n]));
  }
}
