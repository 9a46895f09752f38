import { Injectable } from '@nestjs/common';
import { memberRoom, type MissionAction } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { BadgesRepository } from '../badges/badges.repository.js';
import { BadgesService } from '../badges/badges.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PointsService } from '../points/points.service.js';
import { SpacesRepository } from '../spaces/spaces.repository.js';
import type {
  CreateMissionInput,
  MissionStepInput,
  UpdateMissionInput,
} from './missions.models.js';
import {
  MissionsRepository,
  type MissionRow,
  type NewMission,
  type ProgressRow,
  type StepDef,
} from './missions.repository.js';

/** One thing a member did, as a mission step counts it. */
export interface MissionActionDone {
  memberId: string;
  action: MissionAction;
  /** Where it happened, for steps limited to a space. */
  spaceId: string | null;
  /** What was done (`post:<id>`, `visit:<day>`…): each counts once per step. */
  source: string;
  /** When it happened (ISO): only missions open then count it. */
  at: string;
}

export interface MissionView extends Omit<MissionRow, 'steps'> {
  steps: Array<StepDef & { progress: number; done: boolean }>;
  completed: boolean;
  completedAt: Date | null;
}

/** Actions that happen in a space (the others, visits and profiles, do not). */
const IN_SPACE: MissionAction[] = ['post', 'comment', 'reaction', 'best_answer'];

/**
 * Missions: steps counted from what members do, each source once, within the mission's window.
 * A member completes a mission once; the reward (points and/or a badge) follows in the same
 * transaction, and both are idempotent besides.
 */
@Injectable()
export class MissionsService {
  constructor(
    private readonly db: Db,
    private readonly missions: MissionsRepository,
    private readonly points: PointsService,
    private readonly badges: BadgesService,
    private readonly badgeRows: BadgesRepository,
    private readonly spaces: SpacesRepository,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** The missions open now, with the viewer's progress. */
  async forViewer(viewer: Viewer): Promise<MissionView[]> {
    return this.withProgress(viewer.memberId, await this.missions.open(new Date()));
  }

  async all(viewer: Viewer, includeArchived: boolean): Promise<MissionView[]> {
    return this.withProgress(viewer.memberId, await this.missions.all(includeArchived));
  }

  async create(viewer: Viewer, input: CreateMissionInput): Promise<MissionView> {
    const mission = await this.db.transaction(async () => {
      this.checkWindow(input.startsAt, input.endsAt);
      const steps = await this.stepsOf(input.steps);
      const rewardBadgeId = await this.badgeOf(input.rewardBadgeId ?? null);
      this.checkReward(input.rewardPoints, rewardBadgeId);
      const row: NewMission = {
        kind: 'timeboxed',
        titleJa: input.titleJa.trim(),
        titleEn: input.titleEn.trim(),
        descriptionJa: input.descriptionJa.trim(),
        descriptionEn: input.descriptionEn.trim(),
        steps,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        rewardPoints: input.rewardPoints,
        rewardBadgeId,
        createdBy: viewer.memberId,
      };
      return this.missions.insert(row);
    });
    return (await this.withProgress(viewer.memberId, [mission]))[0];
  }

  async update(viewer: Viewer, input: UpdateMissionInput): Promise<MissionView> {
    const mission = await this.db.transaction(async () => {
      const current = isUuid(input.id) ? await this.missions.lock(input.id) : null;
      if (!current) throw notFound('This mission');
      if (current.archivedAt)
        throw invalidField('id', 'INVALID_VALUE', 'This mission is archived: create a new one.');
      if (current.kind === 'onboarding' && (input.startsAt || input.endsAt))
        throw invalidField('startsAt', 'INVALID_VALUE', 'The onboarding mission has no window.');
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt ?? current.endsAt;
      if (current.kind === 'timeboxed') this.checkWindow(startsAt!, endsAt!);
      let steps: StepDef[] | undefined;
      if (input.steps) {
        steps = await this.stepsOf(input.steps);
        const reshaped =
          steps.length !== current.steps.length ||
          steps.some(
            (s, i) =>
              s.action !== current.steps[i].action ||
              (s.spaceId ?? null) !== (current.steps[i].spaceId ?? null),
          );
        if (reshaped && (await this.missions.started(current.id))) {
          throw invalidField(
            'steps',
            'INVALID_VALUE',
            'Members have started this mission: only the counts of its steps can change.',
          );
        }
      }
      const rewardBadgeId =
        input.rewardBadgeId === undefined
          ? current.rewardBadgeId
          : await this.badgeOf(input.rewardBadgeId);
      const rewardPoints = input.rewardPoints ?? current.rewardPoints;
      this.checkReward(rewardPoints, rewardBadgeId);
      await this.missions.update(current.id, {
        titleJa: input.titleJa?.trim(),
        titleEn: input.titleEn?.trim(),
        descriptionJa: input.descriptionJa?.trim(),
        descriptionEn: input.descriptionEn?.trim(),
        steps,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        rewardPoints: input.rewardPoints,
        rewardBadgeId: input.rewardBadgeId === undefined ? undefined : rewardBadgeId,
      });
      return (await this.missions.findById(current.id))!;
    });
    return (await this.withProgress(viewer.memberId, [mission]))[0];
  }

  /** Ends a mission for good: it is no longer shown and nothing counts towards it. */
  async archive(viewer: Viewer, id: string): Promise<MissionView> {
    const mission = await this.db.transaction(async () => {
      const current = isUuid(id) ? await this.missions.lock(id) : null;
      if (!current) throw notFound('This mission');
      await this.missions.archive(current.id);
      return (await this.missions.findById(current.id))!;
    });
    return (await this.withProgress(viewer.memberId, [mission]))[0];
  }

  /**
   * Counts one action towards every mission open when it happened with a step it fits. Each
   * source counts once per step (a retried event changes nothing); a mission completes once.
   */
  advance(done: MissionActionDone): Promise<void> {
    const at = new Date(done.at);
    return this.db.transaction(async () => {
      // In id order, as every job locks progress rows: two jobs never wait on each other.
      for (const mission of await this.missions.openFor(done.action, at)) {
        const fits = mission.steps
          .map((step, i) => ({ step, i }))
          .filter(
            ({ step }) =>
              step.action === done.action && (!step.spaceId || step.spaceId === done.spaceId),
          );
        if (!fits.length) continue;
        const progress = await this.missions.lockProgress(mission.id, done.memberId);
        if (progress.completedAt) continue;
        const counts = mission.steps.map((_, i) => progress.counts[i] ?? 0);
        let moved = false;
        for (const { step, i } of fits) {
          if (counts[i] >= step.count) continue;
          if (!(await this.missions.countSource(mission.id, done.memberId, i, done.source)))
            continue;
          counts[i]++;
          moved = true;
        }
        if (!moved) continue;
        await this.missions.saveCounts(mission.id, done.memberId, counts);
        const complete = mission.steps.every((step, i) => counts[i] >= step.count);
        if (complete && (await this.missions.complete(mission.id, done.memberId)))
          await this.reward(mission, done.memberId);
        this.db.afterCommit(() =>
          this.realtime.push(memberRoom(done.memberId), 'mission:progress', {
            missionId: mission.id,
            completed: complete,
          }),
        );
      }
    });
  }

  /** An undone action stops counting towards missions not completed yet. */
  retract(memberId: string, source: string): Promise<void> {
    return this.db.transaction(async () => {
      for (const missionId of await this.missions.retractSource(memberId, source)) {
        this.db.afterCommit(() =>
          this.realtime.push(memberRoom(memberId), 'mission:progress', {
            missionId,
            completed: false,
          }),
        );
      }
    });
  }

  /** The reward, once: points by source `mission:<id>`, the badge unless held before. */
  private async reward(mission: MissionRow, memberId: string): Promise<void> {
    const title = `${mission.titleJa} / ${mission.titleEn}`;
    if (mission.rewardPoints > 0)
      await this.points.grant(memberId, `mission:${mission.id}`, mission.rewardPoints, title);
    if (mission.rewardBadgeId) await this.badges.reward(memberId, mission.rewardBadgeId, title);
    await this.notifications.notify({
      memberId,
      kind: 'points',
      dedupeKey: `mission:${mission.id}`,
      data: {
        message: `🎯 ${title}${mission.rewardPoints > 0 ? ` (+${mission.rewardPoints})` : ''}`,
      },
    });
  }

  private async withProgress(memberId: string, missions: MissionRow[]): Promise<MissionView[]> {
    const rows = await this.missions.progressOf(
      memberId,
      missions.map((m) => m.id),
    );
    const byId = new Map<string, ProgressRow>(rows.map((r) => [r.missionId, r]));
    return missions.map((m) => {
      const p = byId.get(m.id);
      const completed = !!p?.completedAt;
      return {
        ...m,
        steps: m.steps.map((s, i) => {
          const progress = completed ? s.count : Math.min(p?.counts[i] ?? 0, s.count);
          return { ...s, spaceId: s.spaceId ?? null, progress, done: progress >= s.count };
        }),
        completed,
        completedAt: p?.completedAt ?? null,
      };
    });
  }

  private async stepsOf(input: MissionStepInput[]): Promise<StepDef[]> {
    const steps: StepDef[] = [];
    for (const [i, s] of input.entries()) {
      const spaceId = s.spaceId || null;
      if (spaceId) {
        if (!IN_SPACE.includes(s.action)) {
          throw invalidField(
            `steps.${i}.spaceId`,
            'INVALID_VALUE',
            'Only posts, comments, reactions and best answers happen in a space.',
          );
        }
        const space = isUuid(spaceId) ? await this.spaces.findById(spaceId) : null;
        if (!space || space.archivedAt)
          throw invalidField(`steps.${i}.spaceId`, 'INVALID_VALUE', 'This space does not exist.');
      }
      steps.push({ action: s.action, count: s.count, spaceId });
    }
    return steps;
  }

  private async badgeOf(id: string | null): Promise<string | null> {
    if (!id) return null;
    const badge = isUuid(id) ? await this.badgeRows.findById(id) : null;
    if (!badge) throw invalidField('rewardBadgeId', 'INVALID_VALUE', 'This badge does not exist.');
    return badge.id;
  }

  private checkWindow(startsAt: Date, endsAt: Date): void {
    if (endsAt.getTime() <= startsAt.getTime())
      throw invalidField('endsAt', 'INVALID_VALUE', 'The mission must end after it starts.');
  }

  private checkReward(points: number, badgeId: string | null): void {
    if (points <= 0 && !badgeId) {
      throw invalidField('rewardPoints', 'REQUIRED', 'Give a reward: points, a badge or both.');
    }
  }
}
