import { Injectable } from '@nestjs/common';
import {
  LOYALTY_CRITERIA_LIMITS,
  criterionValueIssue,
  type FieldError,
  type LoyaltyMetric,
} from '@kizuna/shared';
import { AuditTrail, type AuditTarget } from '../../../core/audit/audit-trail.js';
import type { Viewer } from '../../../core/auth/viewer.js';
import { Db } from '../../../core/database/db.js';
import { conflict, invalid, invalidField, notFound } from '../../../core/errors/app-error.js';
import { isUuid } from '../../../core/ids.js';
import { PointsService } from '../../points/points.service.js';
import type { MemberLoyalty } from '../models/analytics.model.js';
import type { CriterionValue } from './criteria.sql.js';
import { CriteriaSetsRepository, type CriteriaSetRow } from './criteria-sets.repository.js';
import type { CriterionInput, LoyaltyCandidatesArgs } from './dto/loyalty-lists.inputs.js';
import { LoyaltyListsRepository } from './loyalty-lists.repository.js';
import type { LoyaltyCandidate, LoyaltyPreview } from './models/loyalty-lists.model.js';

const ISSUE_MESSAGE = {
  REQUIRED: 'Give a value.',
  INVALID_FORMAT: 'Give a number, such as 3 or 100000.',
  INVALID_VALUE: 'This value is not one this metric takes.',
  OUT_OF_RANGE: 'This number is outside what this metric takes.',
} as const;

/** A member's value of a metric as text, as the criteria read it (null: unknown). */
const ACTUAL: Record<LoyaltyMetric, (l: MemberLoyalty) => string | number | null> = {
  engagement_score: (l) => l.engagementScore,
  engagement_level: (l) => l.engagementTier,
  rank: (l) => l.rankPosition,
  posts: (l) => l.posts,
  best_answers: (l) => l.bestAnswers,
  events_attended: (l) => l.eventsAttended,
  active_days_90: (l) => l.activeDays90,
  ltv: (l) => l.ltv,
  rfm_r: (l) => l.r,
  rfm_f: (l) => l.f,
  rfm_m: (l) => l.m,
  nps_class: (l) => l.npsClass,
  membership_days: (l) => l.membershipDays,
};

const setTarget = (set: CriteriaSetRow): AuditTarget => ({
  type: 'loyaltyCriteriaSet',
  id: set.id,
  label: set.name,
});

/**
 * Loyal-customer criteria: saved sets, what criteria not saved yet would count (the builder's
 * live preview), and the members who meet all (loyal) or some (candidates).
 */
@Injectable()
export class CriteriaSetsService {
  constructor(
    private readonly db: Db,
    private readonly sets: CriteriaSetsRepository,
    private readonly lists: LoyaltyListsRepository,
    private readonly points: PointsService,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<CriteriaSetRow[]> {
    return this.sets.list();
  }

  async get(id: string): Promise<CriteriaSetRow> {
    const set = isUuid(id) ? await this.sets.findById(id) : null;
    if (!set) throw notFound('This criteria set');
    return set;
  }

  async save(
    viewer: Viewer,
    input: { id?: string | null; name: string; criteria: CriterionInput[] },
  ): Promise<CriteriaSetRow> {
    const name = input.name.trim();
    if (!name) throw invalidField('name', 'REQUIRED', 'Give the set a name.');
    const criteria = await this.checked(input.criteria, { required: true });
    return this.db.transaction(async () => {
      const count = await this.sets.lock();
      if (input.id) {
        const was = await this.get(input.id);
        const saved = await this.sets.update(input.id, { name, criteria });
        if (!saved) throw taken();
        const renamed = was.name !== saved.name;
        const recast = JSON.stringify(was.criteria) !== JSON.stringify(saved.criteria);
        if (renamed || recast)
          await this.audit.record(viewer, {
            action: 'loyaltyCriteria.save',
            target: setTarget(saved),
            before: {
              ...(renamed ? { name: was.name } : {}),
              ...(recast ? { criteria: was.criteria } : {}),
            },
            after: {
              ...(renamed ? { name: saved.name } : {}),
              ...(recast ? { criteria: saved.criteria } : {}),
            },
          });
        return saved;
      }
      if (count >= LOYALTY_CRITERIA_LIMITS.setsMax)
        throw invalidField(
          'name',
          'OUT_OF_RANGE',
          `At most ${LOYALTY_CRITERIA_LIMITS.setsMax} criteria sets can be saved; delete one first.`,
          { max: LOYALTY_CRITERIA_LIMITS.setsMax },
        );
      const saved = await this.sets.insert({ name, criteria, createdBy: viewer.memberId });
      if (!saved) throw taken();
      await this.audit.record(viewer, {
        action: 'loyaltyCriteria.save',
        target: setTarget(saved),
        after: { name: saved.name, criteria: saved.criteria },
      });
      return saved;
    });
  }

  delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const set = isUuid(id) ? await this.sets.findById(id) : null;
      if (!(set && (await this.sets.delete(id)))) throw notFound('This criteria set');
      await this.audit.record(viewer, {
        action: 'loyaltyCriteria.delete',
        target: setTarget(set),
        before: { name: set.name, criteria: set.criteria },
      });
      return true;
    });
  }

  async preview(input: CriterionInput[]): Promise<LoyaltyPreview> {
    const criteria = await this.checked(input, { required: false });
    if (!criteria.length) return { loyal: 0, candidates: 0, perCriterion: [] };
    return this.lists.preview(criteria);
  }

  async candidates(
    args: LoyaltyCandidatesArgs,
  ): Promise<{ nodes: LoyaltyCandidate[]; totalCount: number }> {
    const criteria = await this.criteriaOf(args);
    const { rows, total } = await this.lists.standingPage(
      criteria,
      args.standing,
      args.offset,
      args.limit,
    );
    return {
      totalCount: total,
      nodes: rows.map(({ metEach, met, ...loyalty }) => ({
        memberId: loyalty.memberId,
        met,
        of: criteria.length,
        lacking: lacking(criteria, metEach, loyalty),
        loyalty,
      })),
    };
  }

  /** The criteria a list is asked for: a saved set's, or given ones. */
  async criteriaOf(q: {
    setId?: string | null;
    criteria?: CriterionInput[] | null;
  }): Promise<CriterionValue[]> {
    if (q.setId && q.criteria)
      throw invalidField('criteria', 'INVALID_VALUE', 'Give a saved set or criteria, not both.');
    if (q.setId) return (await this.get(q.setId)).criteria;
    if (!q.criteria) throw invalidField('setId', 'REQUIRED', 'Give a saved set or criteria.');
    return this.checked(q.criteria, { required: true });
  }

  /**
   * Criteria with their values trimmed and in lower case, each checked for its metric's kind
   * (field errors `criteria.N.value`).
   */
  private async checked(
    input: readonly CriterionInput[],
    o: { required: boolean },
  ): Promise<CriterionValue[]> {
    if (o.required && !input.length) throw invalidField('criteria', 'REQUIRED', 'Add a criterion.');
    const max = LOYALTY_CRITERIA_LIMITS.criteriaMax;
    if (input.length > max)
      throw invalidField('criteria', 'OUT_OF_RANGE', `At most ${max} criteria.`, { max });
    const criteria = input.map((c) => ({
      metric: c.metric,
      op: c.op,
      value: c.value.trim().toLowerCase(),
    }));
    const positions = (await this.points.ranks()).map((r) => r.position);
    const errors: FieldError[] = criteria.flatMap((c, i) => {
      const issue = criterionValueIssue(c.metric, c.value, positions);
      return issue ? [{ field: `criteria.${i}.value`, issue, message: ISSUE_MESSAGE[issue] }] : [];
    });
    if (errors.length) throw invalid(errors);
    return criteria;
  }
}

const taken = () => conflict('name', 'A criteria set with this name exists.');

/** The criteria a member does not meet, with their value. */
export function lacking(
  criteria: readonly CriterionValue[],
  metEach: readonly boolean[],
  loyalty: MemberLoyalty,
): Array<{ criterion: CriterionValue; actual: string | null }> {
  return criteria.flatMap((criterion, i) => {
    if (metEach[i]) return [];
    const actual = ACTUAL[criterion.metric](loyalty);
    return [{ criterion, actual: actual === null ? null : String(actual) }];
  });
}
