import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  LOYALTY_LISTS,
  LOYALTY_STANDINGS,
  type ChurnReason,
  type LoyaltyStanding,
} from '@kizuna/shared';
import { AuditTrail } from '../../../core/audit/audit-trail.js';
import type { Viewer } from '../../../core/auth/viewer.js';
import { Db } from '../../../core/database/db.js';
import { invalidField } from '../../../core/errors/app-error.js';
import { isUuid } from '../../../core/ids.js';
import { MembersService } from '../../members/members.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import type { MemberLoyalty } from '../models/analytics.model.js';
import { CriteriaSetsService, lacking } from './criteria-sets.service.js';
import { AnalyticsPolicy } from '../analytics.policy.js';
import { LoyaltyListsRepository } from './loyalty-lists.repository.js';
import { cell, yen } from './csv-cells.js';

const EXPORT_BATCH = 1000;

/** The segment export's columns, in order. */
export const SEGMENT_EXPORT_COLUMNS = [
  'member_handle',
  'display_name',
  'email',
  'standing',
  'met',
  'of',
  'lacking',
  'engagement_score',
  'engagement_level',
  'rank_position',
  'posts',
  'best_answers',
  'events_attended',
  'active_days_90',
  'membership_days',
  'ltv',
  'rfm_segment',
  'nps_class',
  'matrix_cell',
] as const;

/** Churn risks, messages to members from a list, and a saved set's members as CSV. */
@Injectable()
export class LoyaltyListsService {
  constructor(
    private readonly db: Db,
    private readonly lists: LoyaltyListsRepository,
    private readonly criteria: CriteriaSetsService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditTrail,
  ) {}

  async churnRisks(q: {
    reason?: ChurnReason | null;
    offset: number;
    limit: number;
  }): Promise<{ nodes: MemberLoyalty[]; totalCount: number }> {
    const { rows, total } = await this.lists.churnPage(q.reason ?? null, q.offset, q.limit);
    return { nodes: rows, totalCount: total };
  }

  /**
   * A moderator writes to members picked from a list: one `moderator_message` notification
   * each (in the app, and by mail as they chose), to active members other than the writer.
   * How many were sent.
   */
  async message(
    viewer: Viewer,
    input: { memberIds: string[]; subject: string; body: string },
  ): Promise<number> {
    const max = LOYALTY_LISTS.messageRecipientsMax;
    if (!input.memberIds.length) throw invalidField('memberIds', 'REQUIRED', 'Choose members.');
    if (input.memberIds.length > max)
      throw invalidField('memberIds', 'OUT_OF_RANGE', `At most ${max} members at a time.`, {
        max,
      });
    if (!input.memberIds.every(isUuid))
      throw invalidField('memberIds', 'INVALID_VALUE', 'These members do not exist.');
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject) throw invalidField('subject', 'REQUIRED', 'Write a subject.');
    if (!body) throw invalidField('body', 'REQUIRED', 'Write a message.');
    const to = (await this.members.findByIds([...new Set(input.memberIds)])).filter(
      (m) => m.status === 'active' && m.id !== viewer.memberId,
    );
    const dedupeKey = `message:${randomUUID()}`;
    const sent = await this.db.transaction(async () => {
      const made = await this.notifications.notifyAll(
        to.map((m) => ({
          memberId: m.id,
          kind: 'moderator_message' as const,
          dedupeKey,
          params: { message: `【${subject}】${body}`, subject },
          actorId: viewer.memberId,
        })),
      );
      if (made.length)
        await this.audit.record(viewer, {
          action: 'members.message',
          target: { type: 'members', label: subject },
          after: { subject, body, recipients: made.length },
        });
      return made;
    });
    return sent.length;
  }

  /**
   * A saved set's loyal members or candidates as CSV rows (header first), read in batches by
   * member id as they are sent.
   */
  async segmentCsv(
    viewer: Viewer,
    setId: string,
    standing: string | undefined,
  ): Promise<{ name: string; rows: AsyncIterable<unknown[]> }> {
    AnalyticsPolicy.assertRead(viewer);
    if (!LOYALTY_STANDINGS.includes(standing as LoyaltyStanding))
      throw invalidField(
        'standing',
        'INVALID_VALUE',
        `Use standing=${LOYALTY_STANDINGS.join(' or standing=')}.`,
      );
    const set = await this.criteria.get(setId);
    const as = standing as LoyaltyStanding;
    const { lists, members } = this;
    async function* rows(): AsyncIterable<unknown[]> {
      yield [...SEGMENT_EXPORT_COLUMNS];
      let after: string | null = null;
      for (;;) {
        const batch = await lists.standingBatch(set.criteria, as, after, EXPORT_BATCH);
        if (!batch.length) return;
        const people = new Map(
          (await members.findByIds(batch.map((r) => r.memberId))).map((m) => [m.id, m]),
        );
        for (const r of batch) {
          const m = people.get(r.memberId);
          yield [
            cell(m?.handle),
            cell(m?.displayName),
            cell(m?.email),
            as,
            r.met,
            set.criteria.length,
            lacking(set.criteria, r.metEach, r)
              .map((g) => `${g.criterion.metric} ${g.criterion.op} ${g.criterion.value}`)
              .join('; '),
            r.engagementScore,
            r.engagementTier,
            cell(r.rankPosition),
            r.posts,
            r.bestAnswers,
            r.eventsAttended,
            r.activeDays90,
            r.membershipDays,
            yen(r.ltv),
            cell(r.rfmSegment),
            cell(r.npsClass),
            cell(r.matrixCell),
          ];
        }
        after = batch[batch.length - 1].memberId;
      }
    }
    return { name: `segment-${set.id}-${as}.csv`, rows: rows() };
  }
}
