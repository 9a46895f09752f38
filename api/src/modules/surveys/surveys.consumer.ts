import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { Jobs } from '../../core/jobs/jobs.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { NpsImportService } from './results/nps-import.service.js';
import { SURVEYS_SWEEP_JOB, SurveyInvitations } from './survey-invitations.service.js';
import { SurveyLinks } from './survey-links.js';

const MINUTE = 60_000;

/**
 * Runs the surveys' clock, gives invitation mail its signed answer link, and hands imported
 * answers kept for an email to the member who joins with it.
 */
@Injectable()
export class SurveysConsumer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: Jobs,
    private readonly bus: EventBus,
    private readonly invitations: SurveyInvitations,
    private readonly imports: NpsImportService,
    private readonly notifications: NotificationsService,
    private readonly links: SurveyLinks,
  ) {}

  onModuleInit(): void {
    this.jobs.define(SURVEYS_SWEEP_JOB, async () => {
      await this.invitations.sweep();
    });
    this.notifications.linkEmails('survey', (n) => this.links.url(n.subjectId, n.memberId));
    this.bus.onBatch('activity.changed', 'surveys', async (deliveries) => {
      const joined = deliveries.filter((d) => d.payload.action === 'joined');
      if (joined.length)
        await this.imports.matchMembers([...new Set(joined.map((d) => d.payload.memberId))]);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(SURVEYS_SWEEP_JOB, MINUTE);
  }
}
