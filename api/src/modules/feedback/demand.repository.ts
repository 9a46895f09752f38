import { Injectable } from '@nestjs/common';
import type { EngagementLevel } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { activeDaysSql, levelSql, VOTES_TABLE } from './demand.sql.js';

/** Votes on an idea from voters of one rank and engagement level. */
export interface DemandCell {
  ideaId: string;
  rankPosition: number;
  level: EngagementLevel;
  votes: number;
  recent: number;
}

@Injectable()
export class DemandRepository {
  constructor(private readonly db: Db) {}

  /** Each idea's votes by the voter's rank and engagement level, in one statement. */
  cells(
    ideaIds: readonly string[],
    engagementSince: Date,
    recentSince: Date,
  ): Promise<DemandCell[]> {
    return this.db.query<DemandCell[]>(
      `WITH v AS (
         SELECT counted_idea_id AS idea_id, member_id, created_at FROM ${VOTES_TABLE}
          WHERE counted_idea_id = ANY($1::uuid[]) AND counted
       ), d AS MATERIALIZED (
         SELECT m.member_id, ${activeDaysSql('m.member_id', '$2')} AS days
           FROM (SELECT DISTINCT member_id FROM v) m
       ), e AS (
         SELECT member_id, ${levelSql('days')} AS level FROM d
       )
       SELECT v.idea_id AS "ideaId", coalesce(r.rank_position, 1) AS "rankPosition", e.level,
              count(*)::int AS votes, (count(*) FILTER (WHERE v.created_at >= $3))::int AS recent
         FROM v JOIN e ON e.member_id = v.member_id
         LEFT JOIN points_ranks r ON r.member_id = v.member_id
        GROUP BY 1, 2, 3`,
      [ideaIds, engagementSince, recentSince],
    );
  }

  /** Ideas for the product team's export, most voted first (merged ones included). */
  exportIdeas(q: { boardId: string | null; statuses: string[] | null }): Promise<ExportIdeaRow[]> {
    return this.db.query<ExportIdeaRow[]>(
      `SELECT i.id, b.slug AS "boardSlug", i.title, i.status, i.approval,
              i.vote_count AS "voteCount", i.follower_count AS "followerCount",
              i.created_at AS "createdAt", i.status_changed_at AS "statusChangedAt"
         FROM ideas i JOIN feedback_boards b ON b.id = i.board_id
        WHERE ($1::uuid IS NULL OR i.board_id = $1) AND ($2::text[] IS NULL OR i.status = ANY($2))
        ORDER BY i.vote_count DESC, i.created_at DESC, i.id`,
      [q.boardId, q.statuses],
    );
  }
}

export interface ExportIdeaRow {
  id: string;
  boardSlug: string;
  title: string;
  status: string;
  approval: string;
  voteCount: number;
  followerCount: number;
  createdAt: Date;
  statusChangedAt: Date;
}
