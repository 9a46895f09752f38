import { Injectable } from '@nestjs/common';
import {
  ENGAGEMENT,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  NPS_CLASSES,
  SURVEY_BUILT_IN_SEGMENTS,
  type EngagementLevel,
  type NpsClass,
} from '@kizuna/shared';
import type { SqlParams } from '../../core/database/sql-fragment.js';
import type { SurveySegment } from './models/survey-admin.model.js';

/**
 * A family of segments: its list, and the SQL that says which members are in each, which both
 * audiences (whom a survey asks) and results (breakdowns and the segment filter) use. A module
 * that knows groups of members (the analytics module's saved segments) registers its own source
 * when it starts.
 */
export interface SurveySegmentSource {
  segments(): Promise<SurveySegment[]>;
  /**
   * SQL that holds when the member whose id is the SQL `memberId` is in segment `key` (values
   * go through `p`); null for a key the source does not know.
   */
  memberSql(key: string, memberId: string, p: SqlParams): string | null;
}

const NPS_LABELS: Record<NpsClass | 'unknown', { ja: string; en: string }> = {
  promoter: { ja: '推奨者（9〜10）', en: 'Promoters (9–10)' },
  passive: { ja: '中立者（7〜8）', en: 'Passives (7–8)' },
  detractor: { ja: '批判者（0〜6）', en: 'Detractors (0–6)' },
  unknown: { ja: 'NPS 未回答', en: 'NPS unknown' },
};

/** Visit days in the engagement window, from the activity module's view. */
const activeDays = (memberId: string) =>
  `(SELECT count(*) FROM activity_visit_days d
     WHERE d.member_id = ${memberId}
       AND d.occurred_at >= now() - make_interval(days => ${ENGAGEMENT.windowDays}))`;

/** Members by their latest NPS class, and by engagement: known before any segment is saved. */
class BuiltInSegments implements SurveySegmentSource {
  segments(): Promise<SurveySegment[]> {
    return Promise.resolve(
      SURVEY_BUILT_IN_SEGMENTS.map((key) => {
        const [family, value] = key.split(':');
        const label =
          family === 'nps'
            ? NPS_LABELS[value as NpsClass | 'unknown']
            : ENGAGEMENT_LABELS[value as EngagementLevel];
        const prefix = family === 'nps' ? 'NPS' : { ja: 'エンゲージメント', en: 'Engagement' };
        return {
          key,
          labelJa: `${typeof prefix === 'string' ? prefix : prefix.ja}: ${label.ja}`,
          labelEn: `${typeof prefix === 'string' ? prefix : prefix.en}: ${label.en}`,
        };
      }),
    );
  }

  memberSql(key: string, memberId: string, p: SqlParams): string | null {
    const [family, value] = key.split(':');
    if (family === 'nps') {
      if (value === 'unknown')
        return `NOT EXISTS (SELECT 1 FROM member_nps_latest n WHERE n.member_id = ${memberId})`;
      if (!(NPS_CLASSES as readonly string[]).includes(value)) return null;
      return `EXISTS (SELECT 1 FROM member_nps_latest n
                       WHERE n.member_id = ${memberId} AND n.nps_class = ${p.add(value)})`;
    }
    if (family === 'engagement') {
      const i = ENGAGEMENT_LEVELS.indexOf(value as EngagementLevel);
      if (i < 0) return null;
      const min = ENGAGEMENT.minActiveDays[ENGAGEMENT_LEVELS[i]];
      const above = i > 0 ? ENGAGEMENT.minActiveDays[ENGAGEMENT_LEVELS[i - 1]] : null;
      return `${activeDays(memberId)} BETWEEN ${p.add(min, 'int')} AND ${p.add(above === null ? 2_147_483_647 : above - 1, 'int')}`;
    }
    return null;
  }
}

/** The segments surveys know: the built-in ones, then those other modules add. */
@Injectable()
export class SurveySegments {
  private readonly sources: SurveySegmentSource[] = [new BuiltInSegments()];

  register(source: SurveySegmentSource): void {
    this.sources.push(source);
  }

  async list(): Promise<SurveySegment[]> {
    return (await Promise.all(this.sources.map((s) => s.segments()))).flat();
  }

  async known(key: string): Promise<boolean> {
    return (await this.list()).some((s) => s.key === key);
  }

  /** SQL that holds for members of segment `key` (see SurveySegmentSource.memberSql). */
  memberSql(key: string, memberId: string, p: SqlParams): string | null {
    for (const source of this.sources) {
      const sql = source.memberSql(key, memberId, p);
      if (sql) return sql;
    }
    return null;
  }

  /**
   * A statement whose rows (one text column, `key`) are the segments among `keys` the member is
   * in: results join it, so a breakdown by segment stays one aggregate query.
   */
  keysSql(keys: readonly string[], memberId: string, p: SqlParams): string {
    const parts = keys.flatMap((key) => {
      const sql = this.memberSql(key, memberId, p);
      return sql ? [`SELECT ${p.add(key, 'text')} AS key WHERE ${sql}`] : [];
    });
    return parts.length ? parts.join(' UNION ALL ') : `SELECT NULL::text AS key WHERE false`;
  }
}
