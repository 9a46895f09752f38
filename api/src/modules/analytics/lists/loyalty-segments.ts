import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LOYALTY_STANDINGS, loyaltySegmentKey, type LoyaltyStanding } from '@kizuna/shared';
import type { SqlParams } from '../../../core/database/sql-fragment.js';
import { isUuid } from '../../../core/ids.js';
import {
  DemandSources,
  type DemandSegmentBucket,
  type DemandSegmentSource,
  type SegmentDemand,
} from '../../feedback/demand.sources.js';
import type { SurveySegment } from '../../surveys/models/survey-admin.model.js';
import { SurveySegments, type SurveySegmentSource } from '../../surveys/survey-segments.js';
import { LOYALTY_MEMBERS, storedStandingSql } from './criteria.sql.js';
import { CriteriaSetsRepository, type CriteriaSetRow } from './criteria-sets.repository.js';
import { LoyaltyListsRepository } from './loyalty-lists.repository.js';

const KEY = /^loyalty:([0-9a-f-]{36}):(loyal|candidate)$/;

const LABELS: Record<LoyaltyStanding, { ja: string; en: string }> = {
  loyal: { ja: 'ロイヤル', en: 'loyal' },
  candidate: { ja: '候補', en: 'candidates' },
};

const labelled = (set: CriteriaSetRow, standing: LoyaltyStanding) => ({
  key: loyaltySegmentKey(set.id, standing),
  labelJa: `${set.name}: ${LABELS[standing].ja}`,
  labelEn: `${set.name}: ${LABELS[standing].en}`,
});

/**
 * Saved criteria sets as segments: surveys ask and break results down by them (the set's loyal
 * members, or its candidates, as the set's criteria are now), and feedback's demand counts an
 * idea's voters by them with their summed LTV. Registered with both when the module starts.
 */
@Injectable()
export class LoyaltySegments implements SurveySegmentSource, DemandSegmentSource, OnModuleInit {
  constructor(
    private readonly surveySegments: SurveySegments,
    private readonly demandSources: DemandSources,
    private readonly sets: CriteriaSetsRepository,
    private readonly lists: LoyaltyListsRepository,
  ) {}

  onModuleInit(): void {
    this.surveySegments.register(this);
    this.demandSources.register(this);
  }

  async segments(): Promise<SurveySegment[]> {
    return (await this.sets.list()).flatMap((set) =>
      LOYALTY_STANDINGS.map((standing) => labelled(set, standing)),
    );
  }

  memberSql(key: string, memberId: string, p: SqlParams): string | null {
    const m = KEY.exec(key);
    if (!m || !isUuid(m[1])) return null;
    return `EXISTS (SELECT 1 FROM ${LOYALTY_MEMBERS} WHERE ml.member_id = ${memberId}
                     AND ${storedStandingSql(p.add(m[1], 'uuid'), m[2] as LoyaltyStanding)})`;
  }

  async demand(ideaIds: readonly string[]): Promise<Map<string, SegmentDemand>> {
    if (!ideaIds.length) return new Map();
    const sets = await this.sets.list();
    const rows = new Map(
      (await this.lists.demand(ideaIds, sets)).map((r) => [r.ideaId, r] as const),
    );
    return new Map(
      ideaIds.map((id) => {
        const row = rows.get(id);
        const bySegment: DemandSegmentBucket[] = sets.flatMap((set, i) =>
          LOYALTY_STANDINGS.map((standing, j) => ({
            ...labelled(set, standing),
            votes: row?.counts[2 * i + j] ?? 0,
          })),
        );
        return [id, { bySegment, ltvSum: row?.ltvSum ?? null }];
      }),
    );
  }
}
