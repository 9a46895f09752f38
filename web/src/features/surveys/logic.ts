import {
  SURVEY_ANSWER_SHAPE,
  TOUCHPOINT_INFLUENCE,
  type FieldError,
  type SurveyQuestionType as SharedQuestionType,
} from '@kizuna/shared';
import type { SaveSurveyResponseInput, SurveyQuestionType, SurveyStatus } from '../../gql/graphql';

/** Ja/En text picked for the UI language: English falls back to Japanese when empty. */
export const localText = (ja: string, en: string, lang: string): string =>
  lang.startsWith('en') && en.trim() ? en : ja;

export const SURVEY_STATUSES = [
  'DRAFT',
  'SCHEDULED',
  'OPEN',
  'CLOSED',
] as const satisfies readonly SurveyStatus[];

export const STATUS_COLORS: Record<SurveyStatus, string> = {
  DRAFT: 'gray',
  SCHEDULED: 'blue',
  OPEN: 'teal',
  CLOSED: 'dark',
};

export const QUESTION_TYPES = [
  'NPS',
  'TOUCHPOINTS',
  'CSAT',
  'CES',
  'RATING',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'SHORT_TEXT',
  'LONG_TEXT',
] as const satisfies readonly SurveyQuestionType[];

/** How each type is answered, as the web draws it. */
export const QUESTION_KIND: Record<
  SurveyQuestionType,
  'scale' | 'touchpoints' | 'choice' | 'text'
> = {
  NPS: 'scale',
  CSAT: 'scale',
  CES: 'scale',
  RATING: 'scale',
  TOUCHPOINTS: 'touchpoints',
  SINGLE_CHOICE: 'choice',
  MULTIPLE_CHOICE: 'choice',
  SHORT_TEXT: 'text',
  LONG_TEXT: 'text',
};

const shapeOf = (type: SurveyQuestionType) =>
  SURVEY_ANSWER_SHAPE[type.toLowerCase() as SharedQuestionType];

/** The points of a scored question's scale, lowest first (NPS 0–10, CSAT 1–5, CES 1–7…). */
export function scalePoints(type: SurveyQuestionType): number[] {
  const score = shapeOf(type).score;
  if (!score) return [];
  return Array.from({ length: score.max - score.min + 1 }, (_, i) => score.min + i);
}

/** The 7-point touchpoint influence scale, from very negative to very positive. */
export const INFLUENCE_POINTS: number[] = Array.from(
  { length: TOUCHPOINT_INFLUENCE.max - TOUCHPOINT_INFLUENCE.min + 1 },
  (_, i) => TOUCHPOINT_INFLUENCE.min + i,
);

/** The longest text a question takes (NPS's "why?", short and long text). */
export const textMax = (type: SurveyQuestionType): number => shapeOf(type).text ?? 0;

/** `+2`, `0`, `−3`: an influence as people read it. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export interface QuestionLike {
  id: string;
  type: SurveyQuestionType;
  required: boolean;
  withReason: boolean;
  choices: readonly { key: string }[];
  touchpoints: readonly { id: string }[];
}

/**
 * One question's answer as it is being given. A touchpoint's influence: a number, null for "not
 * applicable", missing while unanswered.
 */
export interface AnswerDraft {
  score: number | null;
  choiceKeys: string[];
  text: string;
  touchpoints: Record<string, number | null>;
}

export type AnswerDrafts = Record<string, AnswerDraft>;

export const emptyDraft = (): AnswerDraft => ({
  score: null,
  choiceKeys: [],
  text: '',
  touchpoints: {},
});

interface SavedAnswer {
  questionId: string;
  score?: number | null;
  choiceKeys?: readonly string[] | null;
  text?: string | null;
  touchpoints?: readonly { touchpointId: string; influence?: number | null }[] | null;
}

/** The drafts a page starts from: the viewer's saved answers, then anything handed over (home card). */
export function draftsFrom(
  questions: readonly QuestionLike[],
  saved: readonly SavedAnswer[] | null | undefined,
  prefill: Partial<Record<string, Partial<AnswerDraft>>> = {},
): AnswerDrafts {
  const drafts: AnswerDrafts = {};
  for (const q of questions) {
    const answer = saved?.find((a) => a.questionId === q.id);
    drafts[q.id] = {
      score: answer?.score ?? null,
      choiceKeys: [...(answer?.choiceKeys ?? [])],
      text: answer?.text ?? '',
      touchpoints: Object.fromEntries(
        (answer?.touchpoints ?? []).map((tp) => [tp.touchpointId, tp.influence ?? null]),
      ),
      ...prefill[q.id],
    };
  }
  return drafts;
}

/** Whether a question has everything it needs (each touchpoint rated or "not applicable"). */
export function isAnswered(q: QuestionLike, d: AnswerDraft | undefined): boolean {
  if (!d) return false;
  switch (QUESTION_KIND[q.type]) {
    case 'scale':
      return d.score !== null;
    case 'touchpoints':
      return q.touchpoints.length > 0 && q.touchpoints.every((tp) => tp.id in d.touchpoints);
    case 'choice':
      return d.choiceKeys.length > 0;
    case 'text':
      return d.text.trim() !== '';
  }
}

export type AnswerIssue = 'required' | 'incomplete' | 'tooLong';

/** What stops a submission, by question id (the api checks the same). */
export function answerIssues(
  questions: readonly QuestionLike[],
  drafts: AnswerDrafts,
): Record<string, AnswerIssue> {
  const issues: Record<string, AnswerIssue> = {};
  for (const q of questions) {
    const d = drafts[q.id];
    const max = textMax(q.type);
    if (d && max > 0 && [...d.text].length > max) issues[q.id] = 'tooLong';
    else if (q.required && !isAnswered(q, d)) {
      const started = q.type === 'TOUCHPOINTS' && d && Object.keys(d.touchpoints).length > 0;
      issues[q.id] = started ? 'incomplete' : 'required';
    }
  }
  return issues;
}

type AnswerInput = SaveSurveyResponseInput['answers'][number];

/**
 * One answer as the api takes it: only the fields its type takes. An unanswered question is sent
 * empty (`{ questionId }`), which clears what was saved for it (an unticked choice, deleted text).
 */
export function answerInput(q: QuestionLike, d: AnswerDraft | undefined): AnswerInput {
  const empty = { questionId: q.id };
  if (!d) return empty;
  switch (QUESTION_KIND[q.type]) {
    case 'scale': {
      const text = q.type === 'NPS' && q.withReason ? d.text.trim() : '';
      return {
        ...empty,
        ...(d.score !== null ? { score: d.score } : {}),
        ...(text ? { text } : {}),
      };
    }
    case 'touchpoints': {
      const touchpoints = q.touchpoints
        .filter((tp) => tp.id in d.touchpoints)
        .map((tp) => ({ touchpointId: tp.id, influence: d.touchpoints[tp.id] ?? null }));
      return touchpoints.length ? { ...empty, touchpoints } : empty;
    }
    case 'choice': {
      const known = new Set(q.choices.map((c) => c.key));
      const keys = d.choiceKeys.filter((k) => known.has(k));
      const choiceKeys = q.type === 'SINGLE_CHOICE' ? keys.slice(0, 1) : keys;
      return choiceKeys.length ? { ...empty, choiceKeys } : empty;
    }
    case 'text': {
      const text = d.text.trim();
      return text ? { ...empty, text } : empty;
    }
  }
}

/** Whether an answer as sent says anything (an empty one only clears). */
export const hasContent = (a: AnswerInput): boolean => Object.keys(a).length > 1;

/** Every question's answer, the unanswered ones empty. */
export function answersInput(
  questions: readonly QuestionLike[],
  drafts: AnswerDrafts,
): AnswerInput[] {
  return questions.map((q) => answerInput(q, drafts[q.id]));
}

/** What a save holds, to tell whether anything changed since the last one. */
export const answersKey = (answers: readonly AnswerInput[]): string => JSON.stringify(answers);

/**
 * What to send: a partial save (`submit: false`) as the member goes, or the submission. A response
 * already submitted is edited by its id; a link holder's token rides along.
 */
export function saveResponseInput(args: {
  surveyId: string;
  token: string | null;
  responseId: string | null;
  submit: boolean;
  answers: AnswerInput[];
}): SaveSurveyResponseInput {
  return {
    surveyId: args.surveyId,
    submit: args.submit,
    answers: args.answers,
    ...(args.token ? { token: args.token } : {}),
    ...(args.responseId ? { responseId: args.responseId } : {}),
  };
}

/**
 * The partial save worth sending now, or null: nothing answered and nothing saved before,
 * nothing changed since the last save (`lastSaved`, the key of what the api holds), or the
 * response is already submitted (edits wait for "update my answers").
 */
export function autosavePayload(
  args: {
    surveyId: string;
    token: string | null;
    questions: readonly QuestionLike[];
    drafts: AnswerDrafts;
    submitted: boolean;
  },
  lastSaved: string | null,
): { input: SaveSurveyResponseInput; key: string } | null {
  if (args.submitted) return null;
  const answers = answersInput(args.questions, args.drafts);
  if (lastSaved === null && !answers.some(hasContent)) return null;
  const key = answersKey(answers);
  if (key === lastSaved) return null;
  return {
    input: saveResponseInput({
      surveyId: args.surveyId,
      token: args.token,
      responseId: null,
      submit: false,
      answers,
    }),
    key,
  };
}

/** The key of what the api already holds for the viewer (null when nothing is saved). */
export function savedKey(
  questions: readonly QuestionLike[],
  saved: readonly SavedAnswer[] | null | undefined,
): string | null {
  return saved ? answersKey(answersInput(questions, draftsFrom(questions, saved))) : null;
}

type FieldLike = Pick<FieldError, 'field' | 'issue' | 'params'>;

/**
 * The question a field error is about, and the rest of the field's path. A bad answer is named
 * by its place in the list sent (`answers.2.score`); a missing required one by the question
 * (`questions.<position>` with `params.questionId`).
 */
export function questionOfField(
  error: string | FieldLike,
  sent: readonly { questionId: string | number }[],
  questions: readonly { id: string; position?: number }[] = [],
): { questionId: string; part: string } | null {
  const f = typeof error === 'string' ? { field: error, params: undefined } : error;
  const answer = /^(?:input\.)?answers\.(\d+)(?:\.(.+))?$/.exec(f.field);
  if (answer) {
    const at = sent[Number(answer[1])];
    return at ? { questionId: String(at.questionId), part: answer[2] ?? '' } : null;
  }
  const question = /^(?:input\.)?questions\.(\d+)(?:\.(.+))?$/.exec(f.field);
  if (!question) return null;
  const part = question[2] ?? '';
  const named = f.params?.questionId;
  if (named !== undefined && named !== null) {
    const id = String(named);
    if (questions.length === 0 || questions.some((q) => q.id === id))
      return { questionId: id, part };
  }
  const byPosition = questions.find((q) => q.position === Number(question[1]));
  return byPosition ? { questionId: byPosition.id, part } : null;
}

/** Field errors of a refused save, by question id; the rest (not about an answer) apart. */
export function splitFieldErrors(
  fields: readonly FieldLike[],
  sent: readonly { questionId: string | number }[],
  questions: readonly { id: string; position?: number }[] = [],
): {
  byQuestion: Record<string, FieldLike>;
  other: FieldLike[];
} {
  const byQuestion: Record<string, FieldLike> = {};
  const other: FieldLike[] = [];
  for (const f of fields) {
    const at = questionOfField(f, sent, questions);
    if (at && !byQuestion[at.questionId]) byQuestion[at.questionId] = f;
    else if (!at) other.push(f);
  }
  return { byQuestion, other };
}

/** What the answer page shows instead of the questions. */
export type AnswerPageState = 'open' | 'notYetOpen' | 'closed' | 'draft';

export function answerPageState(status: SurveyStatus): AnswerPageState {
  switch (status) {
    case 'OPEN':
      return 'open';
    case 'SCHEDULED':
      return 'notYetOpen';
    case 'CLOSED':
      return 'closed';
    case 'DRAFT':
      return 'draft';
  }
}

/** The answer page's address, with the emailed link's token and a score given on the home card. */
export function answerPath(surveyId: string, opts: { token?: string | null; score?: number } = {}) {
  const params = new URLSearchParams();
  if (opts.token) params.set('t', opts.token);
  if (opts.score !== undefined) params.set('score', String(opts.score));
  const query = params.toString();
  return `/surveys/${encodeURIComponent(surveyId)}${query ? `?${query}` : ''}`;
}

/** A score handed over in the address, when it is one the question takes. */
export function scoreParam(raw: string | null, type: SurveyQuestionType): number | null {
  if (raw === null || !/^\d{1,2}$/.test(raw)) return null;
  const n = Number(raw);
  return scalePoints(type).includes(n) ? n : null;
}

/**
 * Whether the api refused the emailed link itself (expired, or another's). It answers FORBIDDEN
 * or INVALID_TOKEN for that; signed out, the link's member may also read UNAUTHENTICATED.
 */
export function linkRefused(code: string | undefined, token: string | null): boolean {
  return (
    !!token && (code === 'FORBIDDEN' || code === 'INVALID_TOKEN' || code === 'UNAUTHENTICATED')
  );
}

/** The address's query without some of its parameters (`?t=…&score=3` → `?score=3`). */
export function searchWithout(search: string, ...names: string[]): string {
  const params = new URLSearchParams(search);
  for (const name of names) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * The home card's score, kept for the NPS question only when nothing is saved for it yet (a
 * reload of the address must not overwrite a later answer).
 */
export function handedScore(
  raw: string | null,
  first: { id: string; type: SurveyQuestionType } | undefined,
  saved: readonly SavedAnswer[] | null | undefined,
): number | null {
  if (!first || first.type !== 'NPS') return null;
  const kept = saved?.find((a) => a.questionId === first.id);
  if (kept?.score !== null && kept?.score !== undefined) return null;
  return scoreParam(raw, 'NPS');
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Partial saves one at a time: while one is on its way, only the latest change waits (older
 * ones are dropped), so an earlier save never lands after a later one. The state reported is
 * the latest save's.
 */
export class SaveQueue<P extends { key: string }> {
  private busy = false;
  private queued: P | null = null;
  private seq = 0;
  /** What the api holds, as far as this page knows. */
  saved: string | null;
  /** What the api will hold once the saves on their way land. */
  latest: string | null;

  constructor(
    private readonly send: (payload: P) => Promise<unknown>,
    private readonly report: (state: SaveState) => void,
    saved: string | null,
  ) {
    this.saved = saved;
    this.latest = saved;
  }

  push(payload: P): void {
    this.latest = payload.key;
    if (this.busy) this.queued = payload;
    else void this.run(payload);
  }

  /** Whether a save is on its way or waiting. */
  get pending(): boolean {
    return this.busy || this.queued !== null;
  }

  /** Forgets the waiting save (a submission sends everything anyway). */
  drop(): void {
    this.queued = null;
    this.seq++;
  }

  private async run(payload: P): Promise<void> {
    this.busy = true;
    const mine = ++this.seq;
    this.report('saving');
    let ok = true;
    try {
      await this.send(payload);
      this.saved = payload.key;
    } catch {
      ok = false;
    }
    this.busy = false;
    const next = this.queued;
    this.queued = null;
    if (next) return this.run(next);
    if (!ok) this.latest = this.saved;
    if (mine === this.seq) this.report(ok ? 'saved' : 'failed');
  }
}
