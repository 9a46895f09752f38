/**
 * Surveys: how customers feel (attitude), beside what they do (behaviour). NPS asks how likely a
 * member is to recommend the brand (0–10) and which touchpoints influenced that score (−3 … +3);
 * CSAT (1–5) and CES (1–7) complete it.
 */

export const SurveyQuestionType = {
  /** 0–10, with an optional "why?" text when `withReason`. */
  NPS: 'nps',
  /** The brand's touchpoints, each answered from −3 (very negative) to +3, or not applicable. */
  TOUCHPOINTS: 'touchpoints',
  /** 1–5; 4 and 5 are satisfied. */
  CSAT: 'csat',
  /** 1–7 effort. */
  CES: 'ces',
  SINGLE_CHOICE: 'single_choice',
  MULTIPLE_CHOICE: 'multiple_choice',
  SHORT_TEXT: 'short_text',
  LONG_TEXT: 'long_text',
  /** 1–5 stars. */
  RATING: 'rating',
} as const;
export type SurveyQuestionType = (typeof SurveyQuestionType)[keyof typeof SurveyQuestionType];
export const SURVEY_QUESTION_TYPES = Object.values(SurveyQuestionType);

/** What an answer to each question type carries: a score, choice keys, text or touchpoints. */
export const SURVEY_ANSWER_SHAPE: Record<
  SurveyQuestionType,
  { score?: { min: number; max: number }; choices?: 'one' | 'many'; text?: number }
> = {
  nps: { score: { min: 0, max: 10 }, text: 2000 },
  touchpoints: {},
  csat: { score: { min: 1, max: 5 } },
  ces: { score: { min: 1, max: 7 } },
  single_choice: { choices: 'one' },
  multiple_choice: { choices: 'many' },
  short_text: { text: 200 },
  long_text: { text: 5000 },
  rating: { score: { min: 1, max: 5 } },
};

/** Touchpoint influence, from very negative to very positive; null is "not applicable". */
export const TOUCHPOINT_INFLUENCE = { min: -3, max: 3 } as const;

export const NpsClass = {
  PROMOTER: 'promoter',
  PASSIVE: 'passive',
  DETRACTOR: 'detractor',
} as const;
export type NpsClass = (typeof NpsClass)[keyof typeof NpsClass];
export const NPS_CLASSES: readonly NpsClass[] = ['promoter', 'passive', 'detractor'];

/** 9–10 promoters, 7–8 passives, 0–6 detractors. */
export const npsClassOf = (score: number): NpsClass =>
  score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';

/**
 * Anonymous surveys hide any group (rank, segment, period, filter) of 1 to this many minus one
 * responses, so no one can be picked out.
 */
export const ANONYMOUS_GROUP_MIN = 5;

/** CSAT answers counted as satisfied. */
export const CSAT_SATISFIED_MIN = 4;

/** Below this many answers, the margin of error is not shown: "not enough responses". */
export const NPS_MIN_RESPONSES_FOR_MARGIN = 30;

/**
 * A survey's life: drafted, then published with an opening date. It is OPEN between its opening
 * and closing dates, SCHEDULED before, CLOSED after or when closed by hand.
 */
export const SurveyStatus = {
  DRAFT: 'draft',
  SCHEDULED: 'scheduled',
  OPEN: 'open',
  CLOSED: 'closed',
} as const;
export type SurveyStatus = (typeof SurveyStatus)[keyof typeof SurveyStatus];

/** Who a survey asks. */
export const SurveyAudienceKind = {
  ALL: 'all',
  /** Members at `minRankPosition` or above. */
  RANK: 'rank',
  ROLES: 'roles',
  /** Members checked in at an event, asked `hoursAfterEvent` after it ends. */
  EVENT_ATTENDEES: 'event_attendees',
  /** A saved segment, by key (see SURVEY_BUILT_IN_SEGMENTS; analytics adds its own). */
  SEGMENT: 'segment',
} as const;
export type SurveyAudienceKind = (typeof SurveyAudienceKind)[keyof typeof SurveyAudienceKind];

export const SurveyTemplate = {
  NPS_TOUCHPOINTS: 'nps_touchpoints',
  POST_EVENT_CSAT: 'post_event_csat',
  CES_SUPPORT: 'ces_support',
} as const;
export type SurveyTemplate = (typeof SurveyTemplate)[keyof typeof SurveyTemplate];

/** Where a response came from: answered in the community, or imported from a brand's own survey. */
export const SurveyResponseSource = { IN_APP: 'in_app', IMPORT: 'import' } as const;
export type SurveyResponseSource = (typeof SurveyResponseSource)[keyof typeof SurveyResponseSource];

export const SurveyTrendPeriod = { WEEK: 'week', MONTH: 'month' } as const;
export type SurveyTrendPeriod = (typeof SurveyTrendPeriod)[keyof typeof SurveyTrendPeriod];

export const SURVEY_LIMITS = {
  titleMax: 200,
  descriptionMax: 2000,
  promptMax: 500,
  questionsMax: 30,
  choicesMax: 20,
  choiceLabelMax: 200,
  touchpointsMax: 30,
  touchpointLabelMax: 100,
  /** A member is asked at most once in this many days, across all surveys (the default). */
  fatigueDaysDefault: 30,
  fatigueDaysMax: 365,
  responseCapMax: 1_000_000,
  hoursAfterEventDefault: 2,
  hoursAfterEventMax: 24 * 14,
  /** An emailed answer link works for this long. */
  linkDays: 30,
  /** Text answers listed per page. */
  textAnswersPageMax: 100,
  importRowsMax: 1_000_000,
  importBytesMax: 200 * 1024 * 1024,
  /** The trend shows at most this many of the latest periods (five years of weeks, ten of months). */
  trendPeriodsMax: { week: 260, month: 120 },
} as const;

/** Why a row of an NPS import was left out, reported with its line. */
export const NpsImportIssue = {
  /** The score is not a whole number from 0 to 10. */
  INVALID_SCORE: 'INVALID_SCORE',
  /** answered_at is not ISO 8601 with an offset or Z, or not a real date. */
  INVALID_DATE: 'INVALID_DATE',
  /** Neither a customer id nor an email. */
  NO_RESPONDENT: 'NO_RESPONDENT',
  INVALID_EMAIL: 'INVALID_EMAIL',
  /** A value longer than its column takes (`column`, `max` characters). */
  TOO_LONG: 'TOO_LONG',
  /** A `tp:` answer that is not a whole number from −3 to 3, "n/a" or empty. */
  INVALID_INFLUENCE: 'INVALID_INFLUENCE',
  /** A `tp:` column naming a touchpoint the survey does not ask about. */
  UNKNOWN_TOUCHPOINT: 'UNKNOWN_TOUCHPOINT',
  /** Not readable as CSV (usually unbalanced quotes). */
  MALFORMED_ROW: 'MALFORMED_ROW',
  /** Past the rows an import takes (`max`); the rest of the file is not read. */
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
} as const;
export type NpsImportIssue = (typeof NpsImportIssue)[keyof typeof NpsImportIssue];

/** What a row error says beside its code: the cell's value (cut short), its column, a limit. */
export interface NpsImportIssueParams {
  value?: string;
  column?: string;
  max?: number;
}

/** One bad row of an NPS import; line 1 is the header. `message` is English, for logs and tools. */
export interface NpsImportRowError {
  line: number;
  code: NpsImportIssue;
  message: string;
  params?: NpsImportIssueParams;
}

/**
 * Segments the product knows before saved segments exist: members by their latest NPS class and
 * by engagement level. Results break down by these; audiences may target them. Keys are
 * `<family>:<value>`, the form saved segments will take too.
 */
export const SURVEY_BUILT_IN_SEGMENTS = [
  'nps:promoter',
  'nps:passive',
  'nps:detractor',
  'nps:unknown',
  'engagement:core',
  'engagement:regular',
  'engagement:occasional',
  'engagement:dormant',
] as const;

/** The results tables downloadable as CSV: `/surveys/<id>/export/<table>.csv`. */
export const SURVEY_EXPORT_TABLES = [
  'responses',
  'nps',
  'trend',
  'by-rank',
  'by-segment',
  'touchpoints',
  'questions',
  'text',
] as const;
export type SurveyExportTable = (typeof SURVEY_EXPORT_TABLES)[number];
