import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Jobs } from '../../core/jobs/jobs.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SurveyInvitations } from './survey-invitations.service.js';
import { SurveyLinks } from './survey-links.js';

const SWEEP_JOB = 'surveys.sweep';
const MINUTE = 60_000;

/** Runs the surveys' clock, and gives invitation mail its signed answer link. */
@Injectable()
export class SurveysConsumer implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: Jobs,
    private readonly invitations: SurveyInvitations,
    private readonly notifications: NotificationsService,
    private readonly links: SurveyLinks,
  ) {}

  onModuleInit(): void {
    this.jobs.define(SWEEP_JOB, async () => {
      await this.invitations.sweep();
    });
    this.notifications.linkEmails('survey', (n) => this.links.url(n.subjectId, n.memberId));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(SWEEP_JOB, MINUTE);
  }
}
