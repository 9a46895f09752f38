import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import type { SqlParams } from '../../core/database/sql-fragment.js';
import { EventsService } from '../events/events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SurveySegments } from './survey-segments.js';
import { SurveysRepository, type SurveyRow } from './surveys.repository.js';

/** The sweep's job: every minute, and as soon as a survey's time has come (publishing it). */
export const SURVEYS_SWEEP_JOB = 'surveys.sweep';

const HOUR_MS = 3_600_000;
/** Surveys asked per sweep; the rest wait a minute. */
const MAX_PER_SWEEP = 100;
const NOTIFY_BATCH = 1000;

/**
 * Asks each published survey's audience once, when its time comes: at its opening, or for an
 * event's attendees some hours after the event ends. Run every minute by every instance; each
 * survey is claimed by the statement that stamps it, in the transaction that asks, so it is
 * asked once however many sweeps run, and a failure leaves it for the next sweep.
 */
@Injectable()
export class SurveyInvitations {
  private readonly logger = new Logger('SurveyInvitations');

  constructor(
    private readonly db: Db,
    private readonly surveys: SurveysRepository,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly segments: SurveySegments,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    const due = await this.dueEventSurveys(now);
    const failed: string[] = [];
    let asked = 0;
    for (let handled = 0; handled < MAX_PER_SWEEP; handled++) {
      let claimed: string | null = null;
      try {
        await this.db.transaction(async () => {
          const survey = await this.surveys.claimDue(now, due, failed);
          claimed = survey?.id ?? null;
          if (survey) await this.ask(survey, now);
        });
      } catch (err) {
        this.logger.error({ err, surveyId: claimed }, 'asking a survey’s audience failed');
        if (!claimed) return asked;
        failed.push(claimed);
        continue;
      }
      if (!claimed) return asked;
      asked++;
    }
    return asked;
  }

  /** Event surveys whose event ended long enough ago (and was not cancelled). */
  private async dueEventSurveys(now: Date): Promise<string[]> {
    const waiting = await this.surveys.eventSurveysWaiting(now);
    if (!waiting.length) return [];
    const events = new Map(
      (await this.events.findByIds([...new Set(waiting.map((w) => w.eventId))])).map((e) => [
        e.id,
        e,
      ]),
    );
    return waiting
      .filter((w) => {
        const e = events.get(w.eventId);
        return (
          e?.status === 'published' &&
          e.endsAt.getTime() + w.hoursAfterEvent * HOUR_MS <= now.getTime()
        );
      })
      .map((w) => w.id);
  }

  private async ask(survey: SurveyRow, now: Date): Promise<void> {
    const fatigueDays = await this.surveys.fatigueDays();
    const members = await this.surveys.ask(
      survey.id,
      (p) => this.audienceSql(survey, p),
      now,
      fatigueDays,
    );
    await this.surveys.setInvitedCount(survey.id, members.length);
    for (let i = 0; i < members.length; i += NOTIFY_BATCH)
      await this.notifications.notifyAll(
        members.slice(i, i + NOTIFY_BATCH).map((memberId) => ({
          memberId,
          kind: 'survey_invitation' as const,
          dedupeKey: `survey:${survey.id}`,
          subject: { type: 'survey' as const, id: survey.id },
          params: { nameJa: survey.titleJa, nameEn: survey.titleEn || survey.titleJa },
        })),
      );
  }

  /** Active members (`m`, from members_listed) the audience takes. */
  private audienceSql(survey: SurveyRow, p: SqlParams): string {
    const a = survey.audience;
    switch (a.kind) {
      case 'all':
        return 'true';
      case 'rank':
        return `coalesce((SELECT r.rank_position FROM points_ranks r WHERE r.member_id = m.id), 1)
                  >= ${p.add(a.minRankPosition ?? 1, 'int')}`;
      case 'roles':
        return `m.role = ANY(${p.add(a.roles ?? [], 'text[]')})`;
      case 'event_attendees':
        return `m.id IN (SELECT e.member_id FROM activity_event_attendance e
                          WHERE e.event_id = ${p.add(a.eventId, 'text')})`;
      case 'segment':
        return this.segments.memberSql(a.segment ?? '', 'm.id', p) ?? 'false';
    }
  }
}
