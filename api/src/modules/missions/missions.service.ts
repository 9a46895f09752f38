import { Injectable } from '@nestjs/common';
import { memberRoom, type MissionAction } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { AuditTrail, changedFields, type AuditTarget } from '../../core/audit/audit-trail.js';
import { invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { OutboxJobs } from '../../core/domain-events/outbox-jobs.js';
import { RealtimeService } from '../../core/realtime/realtime.service.js';
import { ACTIONS, sourceOf, type ActivityRow } from '../activity/activity.actions.js';
import { ActivityService } from '../activity/activity.service.js';
import { BadgesService } from '../badges/badges.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PointsService } from '../points/points.service.js';
import { SpacesService } from '../spaces/spaces.service.js';
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

export const MISSION_JOB = { backfill: 'missions.backfill' } as const;
const BACKFILL_BATCH = 1000;

const uniqueBy = <T>(xs: T[], key: (x: T) => string) => [
  ...new Map(xs.map((x) => [key(x), x])).values(),
];

/** The onboarding mission is always open; timeboxed ones within their window. */
const isOpenAt = (m: MissionRow, at: Date) =>
  m.kind === 'onboarding' || ((!m.startsAt || m.startsAt <= at) && (!m.endsAt || m.endsAt > at));

/** What the log keeps of a mission. */
const AUDITED = [
  'titleJa',
  'titleEn',
  'descriptionJa',
  'descriptionEn',
  'steps',
  'startsAt',
  'endsAt',
  'rewardPoints',
  'rewardBadgeId',
] as const satisfies ReadonlyArray<keyof MissionRow>;

const missionTarget = (m: MissionRow): AuditTarget => ({
  type: 'mission',
  id: m.id,
  label: m.titleJa,
});

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
    private readonly spaces: SpacesService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
    private readonly activity: ActivityService,
    private readonly jobs: OutboxJobs,
    private readonly audit: AuditTrail,
  ) {}

  /** The activities that stand, as the mission steps they may count for. */
  static done(activities: ActivityRow[]): MissionActionDone[] {
    return activities.flatMap((a) => {
      const action = ACTIONS[a.action].missionAction;
      if (!action || a.retractedAt) return [];
      return [
        {
          memberId: a.memberId,
          action,
          spaceId: a.spaceId,
          source: sourceOf(a),
          at: a.occurredAt.toISOString(),
        },
      ];
    });
  }

  /** The retracted activities, as sources that stop counting. */
  static undone(activities: ActivityRow[]): Array<{ memberId: string; source: string }> {
    return activities
      .filter((a) => a.retractedAt && ACTIONS[a.action].missionAction)
      .map((a) => ({ memberId: a.memberId, source: sourceOf(a) }));
  }

  /** Missions open now, onboarding first then the soonest to end, with the viewer's progress. */
  async forViewer(viewer: Viewer): Promise<MissionView[]> {
    const now = new Date();
    const open = (await this.missions.current())
      .filter((m) => isOpenAt(m, now))
      .sort(
        (a, b) =>
          Number(b.kind === 'onboarding') - Number(a.kind === 'onboarding') ||
          (a.endsAt?.getTime() ?? Infinity) - (b.endsAt?.getTime() ?? Infinity) ||
          a.createdAt.getTime() - b.createdAt.getTime() ||
          (a.id < b.id ? -1 : 1),
      );
    return this.withProgress(viewer.memberId, open);
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
      const made = await this.missions.insert(row);
      await this.audit.record(viewer, {
        action: 'mission.create',
        target: missionTarget(made),
        after: Object.fromEntries(AUDITED.map((k) => [k, made[k]])),
      });
      await this.backfillLater(made.id);
      return made;
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
      const updated = (await this.missions.findById(current.id))!;
      const diff = changedFields(current, updated, AUDITED);
      if (diff)
        await this.audit.record(viewer, {
          action: 'mission.update',
          target: missionTarget(current),
          ...diff,
        });
      if (steps) await this.backfillLater(current.id);
      return updated;
    });
    return (await this.withProgress(viewer.memberId, [mission]))[0];
  }

  /** Ends a mission for good: it is no longer shown and nothing counts towards it. */
  async archive(viewer: Viewer, id: string): Promise<MissionView> {
    const mission = await this.db.transaction(async () => {
      const current = isUuid(id) ? await this.missions.lock(id) : null;
      if (!current) throw notFound('This mission');
      await this.missions.archive(current.id);
      const archived = (await this.missions.findById(current.id))!;
      if (!current.archivedAt)
        await this.audit.record(viewer, {
          action: 'mission.archive',
          target: missionTarget(current),
          before: { archivedAt: null },
          after: { archivedAt: archived.archivedAt },
        });
      return archived;
    });
    return (await this.withProgress(viewer.memberId, [mission]))[0];
  }

  /**
   * Counts actions towards every mission open when they happened with a step they fit. Each
   * source counts once per step (a delivery made twice changes nothing); a mission completes
   * once, and its reward follows. Set-based: a batch of actions costs a few statements.
   */
  async advance(done: MissionActionDone[], only?: MissionRow[]): Promise<void> {
    if (!done.length) return;
    const missions = only ?? (await this.missions.current());
    const fits: Array<{ mission: MissionRow; memberId: string; step: number; source: string }> = [];
    for (const d of done) {
      const at = new Date(d.at);
      for (const mission of missions) {
        if (!isOpenAt(mission, at)) continue;
        mission.steps.forEach((step, i) => {
          if (step.action === d.action && (!step.spaceId || step.spaceId === d.spaceId))
            fits.push({ mission, memberId: d.memberId, step: i, source: d.source });
        });
      }
    }
    if (!fits.length) return;
    const byId = new Map(missions.map((m) => [m.id, m]));
    await this.db.transaction(async () => {
      const pairs = uniqueBy(fits, (f) => `${f.mission.id}|${f.memberId}`).map((f) => ({
        missionId: f.mission.id,
        memberId: f.memberId,
      }));
      const progress = new Map(
        (await this.missions.lockProgress(pairs)).map((p) => [`${p.missionId}|${p.memberId}`, p]),
      );
      // Steps already done need no more sources (completed missions none at all).
      const counted = await this.missions.countSources(
        fits
          .filter((f) => {
            const p = progress.get(`${f.mission.id}|${f.memberId}`);
            return p && !p.completedAt && (p.counts[f.step] ?? 0) < f.mission.steps[f.step].count;
          })
          .map((f) => ({
            missionId: f.mission.id,
            memberId: f.memberId,
            step: f.step,
            source: f.source,
          })),
      );
      if (!counted.length) return;
      const moved = new Map<string, ProgressRow>();
      for (const c of counted) {
        const key = `${c.missionId}|${c.memberId}`;
        const p = moved.get(key) ?? progress.get(key)!;
        const counts = byId.get(c.missionId)!.steps.map((_, i) => p.counts[i] ?? 0);
        counts[c.step]++;
        moved.set(key, { ...p, counts });
      }
      const saved = [...moved.values()].map((p) => ({
        missionId: p.missionId,
        memberId: p.memberId,
        counts: p.counts,
        complete: byId.get(p.missionId)!.steps.every((s, i) => p.counts[i] >= s.count),
      }));
      await this.missions.saveProgress(saved);
      for (const p of saved.filter((x) => x.complete))
        await this.reward(byId.get(p.missionId)!, p.memberId);
      this.db.afterCommit(() => {
        for (const p of saved)
          this.realtime.push(memberRoom(p.memberId), 'mission:progress', {
            missionId: p.missionId,
            completed: p.complete,
          });
      });
    });
  }

  /**
   * Counts for a mission what members did before it was made or its steps changed (within its
   * window; the onboarding mission has none), from the activity stream, in batches.
   */
  async backfill(missionId: string): Promise<void> {
    const mission = await this.missions.findById(missionId);
    if (!mission || mission.archivedAt) return;
    const wanted = new Set(mission.steps.map((s) => s.action));
    const actions = Object.entries(ACTIONS)
      .filter(([, d]) => d.missionAction && wanted.has(d.missionAction))
      .map(([action]) => action);
    let after = '0';
    for (;;) {
      const rows = await this.activity.standingAfter(actions, after, BACKFILL_BATCH);
      if (!rows.length) return;
      await this.advance(MissionsService.done(rows), [mission]);
      after = rows[rows.length - 1].id;
    }
  }

  /** Undone actions stop counting towards missions not completed yet. */
  async retract(undone: Array<{ memberId: string; source: string }>): Promise<void> {
    if (!undone.length) return;
    await this.db.transaction(async () => {
      const changed = await this.missions.retractSources(undone);
      this.db.afterCommit(() => {
        for (const c of changed)
          this.realtime.push(memberRoom(c.memberId), 'mission:progress', {
            missionId: c.missionId,
            completed: false,
          });
      });
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
      subject: { type: 'mission', id: mission.id },
      params: {
        points: mission.rewardPoints,
        nameJa: mission.titleJa,
        nameEn: mission.titleEn,
        icon: '🎯',
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
    const badge = isUuid(id) ? await this.badges.findById(id) : null;
    if (!badge) throw invalidField('rewardBadgeId', 'INVALID_VALUE', 'This badge does not exist.');
    return badge.id;
  }

  private async backfillLater(missionId: string): Promise<void> {
    await this.jobs.enqueue(MISSION_JOB.backfill, { missionId });
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
