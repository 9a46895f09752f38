import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  ENGAGEMENT,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  NPS_CLASSES,
  type NpsClass,
} from '@kizuna/shared';
import type { SqlParams } from '../../../core/database/sql-fragment.js';

const DAY_MS = 86_400_000;

export interface SurveySegmentInfo {
  /** `<family>:<value>`, e.g. nps:promoter. */
  key: string;
  labelJa: string;
  labelEn: string;
}

/**
 * A family of segments results break down by. `keysSql` is a statement whose rows (one text
 * column, `key`) are the keys of this source's segments a member is in, `memberId` being the SQL
 * of that member's id: the results' statements join it, so breakdowns stay one aggregate query.
 * Saved segments (analytics) register a source of their own.
 */
export interface SurveySegmentSource {
  segments(): Promise<SurveySegmentInfo[]>;
  keysSql(memberId: string, params: SqlParams): string;
}

@Injectable()
export class SurveySegments {
  private readonly sources: SurveySegmentSource[] = [];

  register(source: SurveySegmentSource): void {
    this.sources.push(source);
  }

  async list(): Promise<SurveySegmentInfo[]> {
    return (await Promise.all(this.sources.map((s) => s.segments()))).flat();
  }

  /** Every source's keys for a member, as rows of `key`. */
  keysSql(memberId: string, params: SqlParams): string {
    if (!this.sources.length) return `SELECT NULL::text AS key WHERE false`;
    return this.sources.map((s) => `(${s.keysSql(memberId, params)})`).join(' UNION ALL ');
  }
}

const NPS_LABELS: Record<NpsClass | 'unknown', { ja: string; en: string }> = {
  promoter: { ja: '推奨者（最新のNPS）', en: 'Promoters (latest NPS)' },
  passive: { ja: '中立者（最新のNPS）', en: 'Passives (latest NPS)' },
  detractor: { ja: '批判者（最新のNPS）', en: 'Detractors (latest NPS)' },
  unknown: { ja: 'NPS不明', en: 'NPS unknown' },
};

/**
 * The segments known before saved segments exist: members by their latest NPS class
 * (member_nps_latest) and by engagement level (visit days in the last ENGAGEMENT.windowDays,
 * from the activity module's activity_visit_days view).
 */
@Injectable()
export class BuiltInSurveySegments implements SurveySegmentSource, OnModuleInit {
  constructor(private readonly registry: SurveySegments) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  segments(): Promise<SurveySegmentInfo[]> {
    return Promise.resolve([
      ...[...NPS_CLASSES, 'unknown' as const].map((c) => ({
        key: `nps:${c}`,
        labelJa: NPS_LABELS[c].ja,
        labelEn: NPS_LABELS[c].en,
      })),
      ...ENGAGEMENT_LEVELS.map((l) => ({
        key: `engagement:${l}`,
        labelJa: ENGAGEMENT_LABELS[l].ja,
        labelEn: ENGAGEMENT_LABELS[l].en,
      })),
    ]);
  }

  keysSql(memberId: string, params: SqlParams): string {
    const since = params.add(new Date(Date.now() - ENGAGEMENT.windowDays * DAY_MS), 'timestamptz');
    const level = ENGAGEMENT_LEVELS.map(
      (l) => `WHEN v.days >= ${ENGAGEMENT.minActiveDays[l]} THEN '${l}'`,
    ).join(' ');
    return `SELECT 'nps:' || coalesce((SELECT l.nps_class FROM member_nps_latest l
                                        WHERE l.member_id = ${memberId}), 'unknown') AS key
            UNION ALL
            SELECT 'engagement:' || CASE ${level} END
              FROM (SELECT count(*) AS days FROM activity_visit_days d
                     WHERE d.member_id = ${memberId} AND d.occurred_at >= ${since}) v`;
  }
}
