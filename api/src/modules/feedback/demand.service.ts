import { stringify } from 'csv-stringify/sync';
import { Inject, Injectable } from '@nestjs/common';
import {
  DEMAND,
  ENGAGEMENT,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  IDEA_STATUS_LABELS,
  IDEA_STATUSES,
  type EngagementLevel,
  type IdeaStatus,
} from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { isUuid } from '../../core/ids.js';
import { PointsService } from '../points/points.service.js';
import type { RankRow } from '../points/points.repository.js';
import { DemandRepository, type DemandCell } from './demand.repository.js';
import { DemandSources, type DemandSegmentBucket } from './demand.sources.js';
import { voteWeight } from './demand.sql.js';

const DAY_MS = 86_400_000;
const EXPORT_BATCH = 500;

export interface DemandBucketValue extends DemandSegmentBucket {
  engagementLevel?: EngagementLevel | null;
}

export interface IdeaDemandValue {
  byRank: DemandBucketValue[];
  byEngagement: DemandBucketValue[];
  bySegment: DemandBucketValue[];
  ltvSum: number | null;
  topRankVotes: number;
  recentVotes: number;
  loyalDemand: number;
}

/** The GraphQL name of an engagement level, used as its bucket key (CORE, …). */
export const engagementKey = (level: EngagementLevel) => level.toUpperCase();

/**
 * Who wants each idea, by customer value: its voters by rank and engagement, and by whatever
 * the registered sources know (segments, LTV).
 */
@Injectable()
export class DemandService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly repo: DemandRepository,
    private readonly points: PointsService,
    private readonly sources: DemandSources,
  ) {}

  /** The lowest rank position among the community's top ranks. */
  async topRankMin(): Promise<number> {
    const positions = (await this.points.ranks()).map((r) => r.position).sort((a, b) => b - a);
    return positions[Math.min(DEMAND.topRanks, positions.length) - 1] ?? 1;
  }

  /** What the breakdown counts from, as of `now`. */
  private async sortParams(
    now = new Date(),
  ): Promise<{ topRankMin: number; recentSince: Date; engagementSince: Date }> {
    return {
      topRankMin: await this.topRankMin(),
      recentSince: new Date(now.getTime() - DEMAND.recentDays * DAY_MS),
      engagementSince: new Date(now.getTime() - ENGAGEMENT.windowDays * DAY_MS),
    };
  }

  async forIdeas(
    ideaIds: readonly string[],
    now = new Date(),
  ): Promise<Map<string, IdeaDemandValue>> {
    const params = await this.sortParams(now);
    const [ranks, cells, segments] = await Promise.all([
      this.points.ranks(),
      ideaIds.length
        ? this.repo.cells(ideaIds, params.engagementSince, params.recentSince)
        : Promise.resolve([] as DemandCell[]),
      this.sources.demand(ideaIds),
    ]);
    const byIdea = new Map<string, DemandCell[]>();
    for (const c of cells) byIdea.set(c.ideaId, [...(byIdea.get(c.ideaId) ?? []), c]);
    return new Map(
      ideaIds.map((id) => [
        id,
        this.summarise(byIdea.get(id) ?? [], ranks, params.topRankMin, segments.get(id)),
      ]),
    );
  }

  /**
   * Ideas as CSV (UTF-8 with a byte order mark, formulas kept as text): status, counts and the
   * breakdown by rank and engagement. `status` is one or more statuses, comma-separated. Null
   * when the board or a status is not one.
   */
  async exportCsv(
    q: { boardId?: string; status?: string },
    lang: 'ja' | 'en',
  ): Promise<string | null> {
    const boardId = q.boardId || null;
    if (boardId && !isUuid(boardId)) return null;
    const statuses = q.status
      ? q.status.split(',').map((s) => s.trim().toLowerCase() as IdeaStatus)
      : null;
    if (statuses?.some((s) => !IDEA_STATUSES.includes(s))) return null;
    const ideas = await this.repo.exportIdeas({ boardId, statuses });
    const now = new Date();
    const demand = new Map<string, IdeaDemandValue>();
    for (let i = 0; i < ideas.length; i += EXPORT_BATCH)
      for (const [id, d] of await this.forIdeas(
        ideas.slice(i, i + EXPORT_BATCH).map((r) => r.id),
        now,
      ))
        demand.set(id, d);
    const ranks = [...(await this.points.ranks())].sort((a, b) => b.position - a.position);
    const ja = lang === 'ja';
    const header = [
      ...(ja
        ? ['ID', 'ボード', 'タイトル', 'ステータス', '承認', '投票数', 'フォロワー数']
        : ['ID', 'Board', 'Title', 'Status', 'Approval', 'Votes', 'Followers']),
      ...(ja
        ? ['上位ランクの投票', `直近${DEMAND.recentDays}日の投票`, 'ロイヤル需要']
        : ['Top-rank votes', `Votes (last ${DEMAND.recentDays} days)`, 'Loyal demand']),
      ...ranks.map((r) => `${ja ? 'ランク' : 'Rank'}: ${ja ? r.nameJa : r.nameEn}`),
      ...ENGAGEMENT_LEVELS.map((l) => (ja ? ENGAGEMENT_LABELS[l].ja : ENGAGEMENT_LABELS[l].en)),
      ...(ja
        ? ['作成日時', 'ステータス変更日時', 'URL']
        : ['Created at', 'Status changed at', 'URL']),
    ];
    const rows = ideas.map((idea) => {
      const d = demand.get(idea.id)!;
      const rankVotes = new Map(d.byRank.map((b) => [b.key, b.votes]));
      const levelVotes = new Map(d.byEngagement.map((b) => [b.engagementLevel, b.votes]));
      return [
        idea.id,
        idea.boardSlug,
        idea.title,
        IDEA_STATUS_LABELS[idea.status as IdeaStatus]?.[lang] ?? idea.status,
        idea.approval,
        idea.voteCount,
        idea.followerCount,
        d.topRankVotes,
        d.recentVotes,
        d.loyalDemand,
        ...ranks.map((r) => rankVotes.get(String(r.position)) ?? 0),
        ...ENGAGEMENT_LEVELS.map((l) => levelVotes.get(l) ?? 0),
        idea.createdAt.toISOString(),
        idea.statusChangedAt.toISOString(),
        `${this.config.PUBLIC_URL}/ideas/${idea.id}`,
      ];
    });
    // A title such as =HYPERLINK(…) stays text in a spreadsheet.
    return stringify([header, ...rows], {
      bom: true,
      record_delimiter: 'windows',
      escape_formulas: true,
    });
  }

  private summarise(
    cells: DemandCell[],
    ranks: RankRow[],
    topRankMin: number,
    segments: { bySegment: DemandSegmentBucket[]; ltvSum: number | null } | undefined,
  ): IdeaDemandValue {
    const highestFirst = [...ranks].sort((a, b) => b.position - a.position);
    const rankVotes = new Map<number, number>();
    const levelVotes = new Map<EngagementLevel, number>();
    let topRankVotes = 0;
    let recentVotes = 0;
    let loyalDemand = 0;
    for (const c of cells) {
      // A position no rank has any more (ranks were redefined) counts at the rank below it.
      const rank = highestFirst.find((r) => r.position <= c.rankPosition) ?? highestFirst.at(-1);
      const position = rank?.position ?? c.rankPosition;
      rankVotes.set(position, (rankVotes.get(position) ?? 0) + c.votes);
      levelVotes.set(c.level, (levelVotes.get(c.level) ?? 0) + c.votes);
      if (c.rankPosition >= topRankMin) topRankVotes += c.votes;
      recentVotes += c.recent;
      loyalDemand += c.votes * voteWeight(c.rankPosition, c.level);
    }
    return {
      byRank: highestFirst.map((r) => ({
        key: String(r.position),
        labelJa: `${r.icon} ${r.nameJa}`,
        labelEn: `${r.icon} ${r.nameEn}`,
        votes: rankVotes.get(r.position) ?? 0,
      })),
      byEngagement: ENGAGEMENT_LEVELS.map((l) => ({
        key: engagementKey(l),
        labelJa: ENGAGEMENT_LABELS[l].ja,
        labelEn: ENGAGEMENT_LABELS[l].en,
        votes: levelVotes.get(l) ?? 0,
        engagementLevel: l,
      })),
      bySegment: segments?.bySegment ?? [],
      ltvSum: segments?.ltvSum ?? null,
      topRankVotes,
      recentVotes,
      loyalDemand: Math.round(loyalDemand * 100) / 100,
    };
  }
}
