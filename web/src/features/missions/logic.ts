/** Pure helpers for missions (unit tested in missions.test.ts). */
import type { MissionAction } from '../../gql/graphql';
import { secondsLeft, timeLeftParts } from '../points/logic';

export const MISSION_ACTIONS: MissionAction[] = [
  'PROFILE_COMPLETED',
  'POST',
  'COMMENT',
  'REACTION',
  'BEST_ANSWER',
  'VISIT',
  'ATTEND_EVENT',
  'SUBMIT_IDEA',
  'VOTE_IDEA',
  'ANSWER_SURVEY',
];

/** Actions that happen in a space: only these steps can be limited to one. */
export const IN_SPACE_ACTIONS: MissionAction[] = ['POST', 'COMMENT', 'REACTION', 'BEST_ANSWER'];

export const canLimitToSpace = (action: MissionAction): boolean =>
  IN_SPACE_ACTIONS.includes(action);

/** The most steps and the largest count a step may have (as the api checks). */
export const MISSION_LIMITS = { stepsMax: 10, countMax: 1000, titleMax: 100, descriptionMax: 500 };
export const REWARD_POINTS_MAX = 100_000;

const en = (lang: string) => lang.startsWith('en');

export function missionTitle(m: { titleJa: string; titleEn: string }, lang: string): string {
  return en(lang) ? m.titleEn || m.titleJa : m.titleJa || m.titleEn;
}

export function missionDescription(
  m: { descriptionJa: string; descriptionEn: string },
  lang: string,
): string {
  return en(lang) ? m.descriptionEn || m.descriptionJa : m.descriptionJa || m.descriptionEn;
}

export interface StepLike {
  action: MissionAction;
  count: number;
  progress: number;
  done: boolean;
}

export interface MissionProgress {
  /** Steps done. */
  done: number;
  steps: number;
  /** 0–100 over every count of every step, for a progress bar. */
  percent: number;
}

/** How far the viewer is through a mission: steps done, and a percentage over all counts. */
export function missionProgress(steps: readonly StepLike[], completed = false): MissionProgress {
  if (completed) return { done: steps.length, steps: steps.length, percent: 100 };
  const total = steps.reduce((n, s) => n + Math.max(0, s.count), 0);
  const gained = steps.reduce((n, s) => n + Math.min(Math.max(0, s.progress), s.count), 0);
  const percent = total === 0 ? 0 : Math.round((gained / total) * 1000) / 10;
  return { done: steps.filter((s) => s.done).length, steps: steps.length, percent };
}

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/**
 * What a step asks, in the UI language: 「投稿する」, "Write 3 comments in Coffee talk".
 * `spaceName` is the space's name when the step is limited to one (null when it cannot be seen).
 */
export function stepLabel(
  t: unknown,
  step: { action: MissionAction; count: number; spaceId?: string | null },
  spaceName?: string | null,
): string {
  const tr = t as PlainT;
  const label = tr(`missions:actions.${step.action}`, { count: step.count });
  if (!step.spaceId || !canLimitToSpace(step.action)) return label;
  return spaceName
    ? tr('missions:steps.inSpace', { label, space: spaceName })
    : tr('missions:steps.inHiddenSpace', { label });
}

/** 「1 / 3」: how many of a step's count are done. */
export const stepCounter = (step: { progress: number; count: number }): string =>
  `${Math.min(step.progress, step.count)} / ${step.count}`;

export type TimeLeft =
  | { state: 'none' }
  | { state: 'upcoming' }
  | { state: 'ended' }
  | { state: 'open'; unit: 'day' | 'hour' | 'minute'; count: number };

/** Time left in a mission's window: none for onboarding (no end), else the largest unit. */
export function missionTimeLeft(
  m: { startsAt?: string | null; endsAt?: string | null },
  now: number = Date.now(),
): TimeLeft {
  if (m.startsAt && new Date(m.startsAt).getTime() > now) return { state: 'upcoming' };
  if (!m.endsAt) return { state: 'none' };
  const seconds = secondsLeft(m.endsAt, now);
  if (seconds <= 0) return { state: 'ended' };
  return { state: 'open', ...timeLeftParts(seconds) };
}

/** Whether the home panel has anything to show: open missions, or ones completed. */
export function visibleMissions<M extends { completed: boolean; kind: string }>(
  missions: readonly M[],
): { active: M[]; completed: M[] } {
  return {
    active: missions.filter((m) => !m.completed),
    completed: missions.filter((m) => m.completed),
  };
}

// ---- The moderators' editor ----

export interface EditableStep {
  action: MissionAction;
  count: number | string;
  spaceId: string | null;
}

export interface EditableMission {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  steps: EditableStep[];
  /** `YYYY-MM-DD HH:mm[:ss]` (or with a `T`) in the browser's time zone, as the picker holds it. */
  startsAt: string;
  endsAt: string;
  rewardPoints: number | string;
  rewardBadgeId: string | null;
}

export type MissionProblem =
  'required' | 'tooLong' | 'count' | 'steps' | 'date' | 'window' | 'reward' | 'points' | 'space';

export interface MissionProblems {
  titleJa?: MissionProblem;
  titleEn?: MissionProblem;
  descriptionJa?: MissionProblem;
  descriptionEn?: MissionProblem;
  startsAt?: MissionProblem;
  endsAt?: MissionProblem;
  rewardPoints?: MissionProblem;
  steps?: MissionProblem;
  /** Per step: the count or space. */
  step: { count?: MissionProblem; spaceId?: MissionProblem }[];
}

const chars = (s: string) => [...s].length;
const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as a local `YYYY-MM-DDTHH:mm` in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A local date and time (browser time zone) as ISO, or null when empty or not a date. */
export function fromLocalInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(local)) return null;
  const d = new Date(local.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const isCount = (v: number | string) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MISSION_LIMITS.countMax;

/**
 * What is wrong with a mission in the editor, as the api would refuse it: both titles, at least
 * one step with a count of 1–1000, a window that ends after it starts (timeboxed only) and a
 * reward of points, a badge or both.
 */
export function missionProblems(m: EditableMission, timeboxed = true): MissionProblems {
  const out: MissionProblems = { step: [] };
  if (!m.titleJa.trim()) out.titleJa = 'required';
  else if (chars(m.titleJa) > MISSION_LIMITS.titleMax) out.titleJa = 'tooLong';
  if (!m.titleEn.trim()) out.titleEn = 'required';
  else if (chars(m.titleEn) > MISSION_LIMITS.titleMax) out.titleEn = 'tooLong';
  if (chars(m.descriptionJa) > MISSION_LIMITS.descriptionMax) out.descriptionJa = 'tooLong';
  if (chars(m.descriptionEn) > MISSION_LIMITS.descriptionMax) out.descriptionEn = 'tooLong';
  if (m.steps.length === 0 || m.steps.length > MISSION_LIMITS.stepsMax) out.steps = 'steps';
  out.step = m.steps.map((s) => {
    const p: { count?: MissionProblem; spaceId?: MissionProblem } = {};
    if (!isCount(s.count)) p.count = 'count';
    if (s.spaceId && !canLimitToSpace(s.action)) p.spaceId = 'space';
    return p;
  });
  if (timeboxed) {
    const starts = fromLocalInput(m.startsAt);
    const ends = fromLocalInput(m.endsAt);
    if (!starts) out.startsAt = 'date';
    if (!ends) out.endsAt = 'date';
    else if (starts && new Date(ends).getTime() <= new Date(starts).getTime())
      out.endsAt = 'window';
  }
  const points = m.rewardPoints === '' ? 0 : m.rewardPoints;
  if (
    typeof points !== 'number' ||
    !Number.isInteger(points) ||
    points < 0 ||
    points > REWARD_POINTS_MAX
  )
    out.rewardPoints = 'points';
  else if (points === 0 && !m.rewardBadgeId) out.rewardPoints = 'reward';
  return out;
}

/** The problems by form path (`titleJa`, `steps.1.count`), as the editor's form shows them. */
export function problemsByPath(p: MissionProblems): Record<string, MissionProblem> {
  const out: Record<string, MissionProblem> = {};
  for (const [field, problem] of Object.entries(p))
    if (field !== 'step' && problem) out[field] = problem as MissionProblem;
  p.step.forEach((s, i) => {
    for (const [field, problem] of Object.entries(s)) out[`steps.${i}.${field}`] = problem;
  });
  return out;
}

/** The editor's values as the api's input (create or update; the window for timeboxed only). */
export function toMissionInput(m: EditableMission, timeboxed = true) {
  return {
    titleJa: m.titleJa.trim(),
    titleEn: m.titleEn.trim(),
    descriptionJa: m.descriptionJa.trim(),
    descriptionEn: m.descriptionEn.trim(),
    steps: m.steps.map((s) => ({
      action: s.action,
      count: Number(s.count),
      spaceId: canLimitToSpace(s.action) ? s.spaceId || null : null,
    })),
    ...(timeboxed
      ? { startsAt: fromLocalInput(m.startsAt)!, endsAt: fromLocalInput(m.endsAt)! }
      : {}),
    rewardPoints: m.rewardPoints === '' ? 0 : Number(m.rewardPoints),
    rewardBadgeId: m.rewardBadgeId || null,
  };
}

/** A new mission: one post, starting now for a week, 50 points. */
export function blankMission(now: number = Date.now()): EditableMission {
  const start = new Date(now);
  start.setSeconds(0, 0);
  const end = new Date(start.getTime() + 7 * 86_400_000);
  return {
    titleJa: '',
    titleEn: '',
    descriptionJa: '',
    descriptionEn: '',
    steps: [{ action: 'POST', count: 1, spaceId: null }],
    startsAt: toLocalInput(start.toISOString()),
    endsAt: toLocalInput(end.toISOString()),
    rewardPoints: 50,
    rewardBadgeId: null,
  };
}

export function editableMission(m: {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  steps: readonly { action: MissionAction; count: number; spaceId?: string | null }[];
  startsAt?: string | null;
  endsAt?: string | null;
  rewardPoints: number;
  rewardBadge?: { id: string } | null;
}): EditableMission {
  return {
    titleJa: m.titleJa,
    titleEn: m.titleEn,
    descriptionJa: m.descriptionJa,
    descriptionEn: m.descriptionEn,
    steps: m.steps.map((s) => ({ action: s.action, count: s.count, spaceId: s.spaceId ?? null })),
    startsAt: toLocalInput(m.startsAt),
    endsAt: toLocalInput(m.endsAt),
    rewardPoints: m.rewardPoints,
    rewardBadgeId: m.rewardBadge?.id ?? null,
  };
}
