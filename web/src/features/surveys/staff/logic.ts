import { SURVEY_LIMITS } from '@kizuna/shared';
import type {
  Role,
  SurveyAudienceKind,
  SurveyQuestionType,
  SurveyStatus,
  UpdateSurveyInput,
} from '../../../gql/graphql';
import { instantToWall, wallToInstant, type WallTime } from '../../events/staff/time';
import type { AnswerableQuestion } from '../QuestionField';
import { QUESTION_KIND } from '../logic';

export const AUDIENCE_KINDS = [
  'ALL',
  'RANK',
  'ROLES',
  'EVENT_ATTENDEES',
  'SEGMENT',
] as const satisfies readonly SurveyAudienceKind[];

export const AUDIENCE_ROLES = [
  'MEMBER',
  'MODERATOR',
  'PRODUCT',
  'ADMIN',
] as const satisfies readonly Role[];

/** The list's tabs: every survey, then by status. */
export const LIST_TABS = ['ALL', 'DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type ListTab = (typeof LIST_TABS)[number];

export const tabStatus = (tab: ListTab): SurveyStatus | null => (tab === 'ALL' ? null : tab);

export const parseTab = (raw: string | null): ListTab =>
  (LIST_TABS as readonly string[]).includes(raw?.toUpperCase() ?? '')
    ? (raw!.toUpperCase() as ListTab)
    : 'ALL';

/** What a survey in each status may be asked to do from the list. */
export function surveyActions(status: SurveyStatus): {
  publish: boolean;
  close: boolean;
  reopen: boolean;
  remove: boolean;
} {
  return {
    publish: status === 'DRAFT',
    close: status === 'OPEN' || status === 'SCHEDULED',
    reopen: status === 'CLOSED',
    remove: status === 'DRAFT',
  };
}

export interface ChoiceDraft {
  /** Stable for React keys and the preview; the api's key once saved. */
  uid: string;
  key: string | null;
  labelJa: string;
  labelEn: string;
}

export interface QuestionDraft {
  uid: string;
  id: string | null;
  type: SurveyQuestionType;
  required: boolean;
  promptJa: string;
  promptEn: string;
  withReason: boolean;
  choices: ChoiceDraft[];
  touchpointIds: string[];
}

export interface BuilderValues {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  anonymous: boolean;
  responseCap: number | string;
  opensAt: WallTime;
  closesAt: WallTime;
  audienceKind: SurveyAudienceKind;
  minRankPosition: string | null;
  roles: Role[];
  eventId: string | null;
  hoursAfterEvent: number | string;
  segment: string | null;
  questions: QuestionDraft[];
}

let counter = 0;
/** A key for drafts not saved yet (unique within the page). */
export const newUid = (): string => `new-${++counter}`;

interface SavedQuestion {
  id: string;
  type: SurveyQuestionType;
  required: boolean;
  promptJa: string;
  promptEn: string;
  withReason: boolean;
  choices: readonly { key: string; labelJa: string; labelEn: string }[];
  touchpoints: readonly { id: string }[];
}

interface SavedSurvey {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  anonymous: boolean;
  responseCap?: number | null;
  opensAt?: string | null;
  closesAt?: string | null;
  audience: {
    kind: SurveyAudienceKind;
    minRankPosition?: number | null;
    roles?: readonly Role[] | null;
    segment?: string | null;
    hoursAfterEvent: number;
    event?: { id: string } | null;
  };
  questions: readonly SavedQuestion[];
}

export const questionDraft = (q: SavedQuestion): QuestionDraft => ({
  uid: q.id,
  id: q.id,
  type: q.type,
  required: q.required,
  promptJa: q.promptJa,
  promptEn: q.promptEn,
  withReason: q.withReason,
  choices: q.choices.map((c) => ({ uid: c.key, ...c })),
  touchpointIds: q.touchpoints.map((tp) => tp.id),
});

/** The builder's form, from the saved survey; times as the community's clocks show them. */
export function builderValues(survey: SavedSurvey, timeZone: string): BuilderValues {
  const a = survey.audience;
  return {
    titleJa: survey.titleJa,
    titleEn: survey.titleEn,
    descriptionJa: survey.descriptionJa,
    descriptionEn: survey.descriptionEn,
    anonymous: survey.anonymous,
    responseCap: survey.responseCap ?? '',
    opensAt: survey.opensAt ? instantToWall(survey.opensAt, timeZone) : '',
    closesAt: survey.closesAt ? instantToWall(survey.closesAt, timeZone) : '',
    audienceKind: a.kind,
    minRankPosition: a.minRankPosition != null ? String(a.minRankPosition) : null,
    roles: [...(a.roles ?? [])],
    eventId: a.event?.id ?? null,
    hoursAfterEvent: a.hoursAfterEvent,
    segment: a.segment ?? null,
    questions: survey.questions.map(questionDraft),
  };
}

const blankChoice = (): ChoiceDraft => ({ uid: newUid(), key: null, labelJa: '', labelEn: '' });

/** A new question of a type, ready to fill in (choices to name, every active touchpoint). */
export function newQuestion(type: SurveyQuestionType, touchpointIds: string[]): QuestionDraft {
  return withType(
    {
      uid: newUid(),
      id: null,
      type,
      required: true,
      promptJa: '',
      promptEn: '',
      withReason: type === 'NPS',
      choices: [],
      touchpointIds: [],
    },
    type,
    touchpointIds,
  );
}

/** A question switched to another type: the wording stays, settings the type lacks go. */
export function withType(
  q: QuestionDraft,
  type: SurveyQuestionType,
  touchpointIds: string[],
): QuestionDraft {
  const kind = QUESTION_KIND[type];
  return {
    ...q,
    type,
    withReason: type === 'NPS' ? q.withReason || q.type !== 'NPS' : false,
    choices:
      kind === 'choice'
        ? q.choices.length >= 2
          ? q.choices
          : [...q.choices, ...Array.from({ length: 2 - q.choices.length }, blankChoice)]
        : [],
    touchpointIds:
      kind === 'touchpoints' ? (q.touchpointIds.length ? q.touchpointIds : touchpointIds) : [],
  };
}

/** The list with the item at `index` moved by `delta` (−1 up, +1 down); unchanged at an end. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

export const without = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export const addChoice = (q: QuestionDraft): QuestionDraft =>
  q.choices.length >= SURVEY_LIMITS.choicesMax
    ? q
    : { ...q, choices: [...q.choices, blankChoice()] };

export function toggleTouchpoint(q: QuestionDraft, id: string, on: boolean): QuestionDraft {
  const has = q.touchpointIds.includes(id);
  if (on === has) return q;
  return {
    ...q,
    touchpointIds: on ? [...q.touchpointIds, id] : q.touchpointIds.filter((x) => x !== id),
  };
}

type AudienceInput = NonNullable<UpdateSurveyInput['audience']>;

/** Who the survey asks, with only the settings its kind takes. */
export function audienceInput(v: BuilderValues): AudienceInput {
  const hours = v.hoursAfterEvent === '' ? null : Number(v.hoursAfterEvent);
  switch (v.audienceKind) {
    case 'ALL':
      return { kind: 'ALL' };
    case 'RANK':
      return {
        kind: 'RANK',
        minRankPosition: v.minRankPosition !== null ? Number(v.minRankPosition) : null,
      };
    case 'ROLES':
      return { kind: 'ROLES', roles: v.roles };
    case 'EVENT_ATTENDEES':
      return {
        kind: 'EVENT_ATTENDEES',
        eventId: v.eventId,
        hoursAfterEvent: hours ?? SURVEY_LIMITS.hoursAfterEventDefault,
      };
    case 'SEGMENT':
      return { kind: 'SEGMENT', segment: v.segment };
  }
}

type QuestionInput = NonNullable<UpdateSurveyInput['questions']>[number];

export function questionInput(q: QuestionDraft): QuestionInput {
  const kind = QUESTION_KIND[q.type];
  return {
    ...(q.id ? { id: q.id } : {}),
    type: q.type,
    required: q.required,
    promptJa: q.promptJa.trim(),
    promptEn: q.promptEn.trim(),
    withReason: q.type === 'NPS' && q.withReason,
    choices:
      kind === 'choice'
        ? q.choices.map((c) => ({
            ...(c.key ? { key: c.key } : {}),
            labelJa: c.labelJa.trim(),
            labelEn: c.labelEn.trim(),
          }))
        : [],
    touchpointIds: kind === 'touchpoints' ? q.touchpointIds : [],
  };
}

/**
 * The update to send. Questions go only while the survey is a draft (the api refuses them after
 * publishing); times are read on the community's clocks.
 */
export function updateInput(
  id: string,
  v: BuilderValues,
  opts: { withQuestions: boolean; timeZone: string },
): UpdateSurveyInput {
  return {
    id,
    titleJa: v.titleJa.trim(),
    titleEn: v.titleEn.trim(),
    descriptionJa: v.descriptionJa.trim(),
    descriptionEn: v.descriptionEn.trim(),
    anonymous: v.anonymous,
    responseCap: v.responseCap === '' ? null : Number(v.responseCap),
    opensAt: v.opensAt ? wallToInstant(v.opensAt, opts.timeZone) : null,
    closesAt: v.closesAt ? wallToInstant(v.closesAt, opts.timeZone) : null,
    audience: audienceInput(v),
    ...(opts.withQuestions ? { questions: v.questions.map(questionInput) } : {}),
  };
}

export type BuilderIssue =
  | 'titleRequired'
  | 'tooMany'
  | 'promptRequired'
  | 'twoChoices'
  | 'choiceRequired'
  | 'oneTouchpoint'
  | 'rankRequired'
  | 'rolesRequired'
  | 'eventRequired'
  | 'segmentRequired'
  | 'hoursRange'
  | 'capRange'
  | 'badTime'
  | 'closesBeforeOpens';

/** Problems the builder shows before asking the api, by form path. */
export function builderIssues(v: BuilderValues, timeZone: string): Record<string, BuilderIssue> {
  const issues: Record<string, BuilderIssue> = {};
  if (!v.titleJa.trim()) issues.titleJa = 'titleRequired';
  if (v.questions.length > SURVEY_LIMITS.questionsMax) issues.questions = 'tooMany';
  v.questions.forEach((q, i) => {
    if (!q.promptJa.trim()) issues[`questions.${i}.promptJa`] = 'promptRequired';
    if (QUESTION_KIND[q.type] === 'choice') {
      if (q.choices.length < 2) issues[`questions.${i}.choices`] = 'twoChoices';
      q.choices.forEach((c, j) => {
        if (!c.labelJa.trim()) issues[`questions.${i}.choices.${j}.labelJa`] = 'choiceRequired';
      });
    }
    if (q.type === 'TOUCHPOINTS' && q.touchpointIds.length === 0) {
      issues[`questions.${i}.touchpointIds`] = 'oneTouchpoint';
    }
  });
  if (v.audienceKind === 'RANK' && v.minRankPosition === null)
    issues.minRankPosition = 'rankRequired';
  if (v.audienceKind === 'ROLES' && v.roles.length === 0) issues.roles = 'rolesRequired';
  if (v.audienceKind === 'EVENT_ATTENDEES' && !v.eventId) issues.eventId = 'eventRequired';
  if (v.audienceKind === 'SEGMENT' && !v.segment) issues.segment = 'segmentRequired';
  if (v.audienceKind === 'EVENT_ATTENDEES' && v.hoursAfterEvent !== '') {
    const h = Number(v.hoursAfterEvent);
    if (!Number.isInteger(h) || h < 0 || h > SURVEY_LIMITS.hoursAfterEventMax)
      issues.hoursAfterEvent = 'hoursRange';
  }
  if (v.responseCap !== '') {
    const cap = Number(v.responseCap);
    if (!Number.isInteger(cap) || cap < 1 || cap > SURVEY_LIMITS.responseCapMax)
      issues.responseCap = 'capRange';
  }
  const opens = v.opensAt ? wallToInstant(v.opensAt, timeZone) : null;
  const closes = v.closesAt ? wallToInstant(v.closesAt, timeZone) : null;
  if (v.opensAt && !opens) issues.opensAt = 'badTime';
  if (v.closesAt && !closes) issues.closesAt = 'badTime';
  if (opens && closes && closes <= opens) issues.closesAt = 'closesBeforeOpens';
  return issues;
}

/** The form paths a server error may name, so its field errors land on the right input. */
export function builderFieldPaths(v: BuilderValues): string[] {
  const top = Object.keys(v).filter((k) => k !== 'questions');
  const perQuestion = v.questions.flatMap((q, i) => [
    `questions.${i}`,
    `questions.${i}.type`,
    `questions.${i}.promptJa`,
    `questions.${i}.promptEn`,
    `questions.${i}.choices`,
    `questions.${i}.touchpointIds`,
    ...q.choices.flatMap((_, j) => [
      `questions.${i}.choices.${j}.labelJa`,
      `questions.${i}.choices.${j}.labelEn`,
    ]),
  ]);
  return [...top, 'questions', ...perQuestion];
}

/** The api's names for the audience's settings, to the builder's. */
export const SERVER_FIELD_NAMES: Record<string, string> = {
  'audience.kind': 'audienceKind',
  'audience.minRankPosition': 'minRankPosition',
  'audience.roles': 'roles',
  'audience.eventId': 'eventId',
  'audience.segment': 'segment',
  'audience.hoursAfterEvent': 'hoursAfterEvent',
};

/** The questions as the member will see them, for the preview (drafts keyed by their uid). */
export function previewQuestions(
  questions: readonly QuestionDraft[],
  touchpoints: readonly { id: string; labelJa: string; labelEn: string }[],
): AnswerableQuestion[] {
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  return questions.map((q) => ({
    id: q.uid,
    type: q.type,
    required: q.required,
    withReason: q.type === 'NPS' && q.withReason,
    promptJa: q.promptJa,
    promptEn: q.promptEn,
    choices: q.choices.map((c) => ({ key: c.uid, labelJa: c.labelJa, labelEn: c.labelEn })),
    touchpoints: q.touchpointIds.flatMap((id) => {
      const tp = byId.get(id);
      return tp ? [tp] : [];
    }),
  }));
}

export interface TouchpointDraft {
  uid: string;
  id: string | null;
  key: string;
  labelJa: string;
  labelEn: string;
  archived: boolean;
}

export const TOUCHPOINT_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** A key for a new touchpoint from its English (or Japanese) label, unique among the others. */
export function touchpointKey(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32) || 'touchpoint';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

/** The touchpoints to save, in their order (archived ones kept, for answers already given). */
export function touchpointsInput(
  list: readonly TouchpointDraft[],
): { id?: string; key: string; labelJa: string; labelEn: string; archived: boolean }[] {
  return list.map((tp) => ({
    ...(tp.id ? { id: tp.id } : {}),
    key: tp.key.trim(),
    labelJa: tp.labelJa.trim(),
    labelEn: tp.labelEn.trim(),
    archived: tp.archived,
  }));
}

export type TouchpointIssue = 'tooMany' | 'key' | 'keyTaken' | 'labelRequired' | 'labelLong';

/** Problems in the touchpoints list, by form path. */
export function touchpointIssues(
  list: readonly TouchpointDraft[],
): Record<string, TouchpointIssue> {
  const issues: Record<string, TouchpointIssue> = {};
  const seen = new Set<string>();
  if (list.length > SURVEY_LIMITS.touchpointsMax) issues.touchpoints = 'tooMany';
  list.forEach((tp, i) => {
    const key = tp.key.trim();
    if (!TOUCHPOINT_KEY.test(key)) issues[`touchpoints.${i}.key`] = 'key';
    else if (seen.has(key)) issues[`touchpoints.${i}.key`] = 'keyTaken';
    seen.add(key);
    if (!tp.labelJa.trim()) issues[`touchpoints.${i}.labelJa`] = 'labelRequired';
    if ([...tp.labelJa].length > SURVEY_LIMITS.touchpointLabelMax)
      issues[`touchpoints.${i}.labelJa`] = 'labelLong';
    if ([...tp.labelEn].length > SURVEY_LIMITS.touchpointLabelMax)
      issues[`touchpoints.${i}.labelEn`] = 'labelLong';
  });
  return issues;
}

/**
 * Which arrow keeps the keyboard after an item moved: the one just pressed, unless the item
 * reached the end it was moving to (that arrow is now disabled), then the other one.
 */
export function arrowAfterMove(index: number, delta: number, count: number): 'up' | 'down' {
  const to = Math.min(Math.max(index + delta, 0), count - 1);
  if (delta < 0) return to === 0 ? 'down' : 'up';
  return to === count - 1 ? 'up' : 'down';
}

/** The item that takes the keyboard after one is removed: the next, else the new last, else none. */
export function indexAfterRemove(index: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(index, remaining - 1);
}
