import type { ActivityAction } from './activity.js';
import type { NpsClass } from './surveys.js';

/**
 * Loyalty analytics: behaviour (purchases → LTV and RFM; community activity → engagement) beside
 * attitude (NPS), as of an analysis date. Every rule the pages, the export and the criteria use
 * is written once here, as plain functions of per-customer figures, so what a moderator reads
 * can be checked by hand.
 */

/** Community settings for customer value (admin). */
export interface CustomerValueSettings {
  /** Gross margin rate, 0–1. */
  marginRate: number;
  /** Expected years a customer stays. */
  expectedYears: number;
  /** Acquisition and retention cost per customer, in yen. */
  costPerCustomer: number;
  /** A fixed LTV (yen) from which a customer is "high LTV"; null: the top 20%. */
  highLtvThreshold: number | null;
}

export const CUSTOMER_VALUE_DEFAULTS: CustomerValueSettings = {
  marginRate: 0.6,
  expectedYears: 3,
  costPerCustomer: 0,
  highLtvThreshold: null,
};

export const CUSTOMER_VALUE_LIMITS = {
  expectedYearsMax: 100,
  costMax: 1_000_000_000,
  thresholdMax: 1_000_000_000_000,
  /** Share of customers (by LTV, highest first) that are high LTV without a fixed threshold. */
  highLtvShare: 0.2,
  /** Days counted for purchases per year: the analysis date and the 364 before it. */
  yearDays: 365,
} as const;

export const ORDER_IMPORT = {
  maxRows: 1_000_000,
  /** Bytes of the uploaded file. */
  maxBytes: 200 * 1024 * 1024,
  /** Header names, matched case-insensitively and in any order; other columns are ignored. */
  columns: ['customer_id', 'email', 'order_id', 'ordered_at', 'amount'] as const,
  amountMax: 100_000_000_000,
  idMax: 200,
  /** Row errors kept on the import's record (every one is counted). */
  errorsKept: 1000,
} as const;

/** Where an order import is: reading the file, finished, or stopped part way. */
export const DataImportStatus = {
  RUNNING: 'running',
  DONE: 'done',
  FAILED: 'failed',
} as const;
export type DataImportStatus = (typeof DataImportStatus)[keyof typeof DataImportStatus];

/** Sizes of what the customer pages ask for and send. */
export const CUSTOMER_QUERY_LIMITS = {
  /** Customers on one page of a list. */
  pageMax: 200,
  /** Recent imports listed at once. */
  importsMax: 100,
  searchMax: 254,
  /** Why an admin erased a customer (kept on the erasure's record). */
  reasonMax: 500,
} as const;

/** Why an order row was refused. */
export const OrderImportIssue = {
  MISSING_ORDER_ID: 'missing_order_id',
  MISSING_CUSTOMER: 'missing_customer',
  INVALID_EMAIL: 'invalid_email',
  INVALID_DATE: 'invalid_date',
  INVALID_AMOUNT: 'invalid_amount',
  TOO_LONG: 'too_long',
  DUPLICATE_IN_FILE: 'duplicate_in_file',
  /** The order id is already another customer's. */
  CUSTOMER_MISMATCH: 'customer_mismatch',
} as const;
export type OrderImportIssue = (typeof OrderImportIssue)[keyof typeof OrderImportIssue];

// --- LTV ------------------------------------------------------------------------------------

/** One customer's orders up to the analysis date. */
export interface CustomerOrderFigures {
  /** Orders placed up to and including the analysis date. */
  orders: number;
  /** Their amounts summed, in yen. */
  totalAmount: number;
  /** Orders placed on the 365 calendar days ending with the analysis date. */
  ordersInYear: number;
}

/**
 * average order value × margin rate × purchases per year × expected years − cost.
 * 3,000 × 0.6 × 12 × 3 − 50,000 = 14,800. Null without orders.
 */
export function ltvOf(c: CustomerOrderFigures, s: CustomerValueSettings): number | null {
  if (c.orders <= 0) return null;
  const aov = c.totalAmount / c.orders;
  return aov * s.marginRate * c.ordersInYear * s.expectedYears - s.costPerCustomer;
}

/**
 * The lowest LTV that is high: the fixed threshold when set, otherwise the LTV of the
 * ⌈0.2·N⌉-th highest customer (so ties at the boundary are all high). Null when nobody has one.
 */
export function highLtvCutoff(ltvs: readonly number[], s: CustomerValueSettings): number | null {
  if (s.highLtvThreshold !== null) return s.highLtvThreshold;
  if (ltvs.length === 0) return null;
  const sorted = [...ltvs].sort((a, b) => b - a);
  return sorted[Math.ceil(CUSTOMER_VALUE_LIMITS.highLtvShare * sorted.length) - 1];
}

// --- RFM ------------------------------------------------------------------------------------

/**
 * Scores 1–5 among N values: min(5, 1 + ⌊5·b/N⌋), b = how many values are strictly worse.
 * `higherIsBetter` false for recency in days (an older last order is worse).
 */
export function rfmScores(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  const key = (v: number) => (higherIsBetter ? v : -v);
  const sorted = values.map(key).sort((a, b) => a - b);
  return values.map((v) => {
    const k = key(v);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(5, 1 + Math.floor((5 * lo) / n));
  });
}

export const RfmSegment = {
  CHAMPIONS: 'champions',
  LOYAL: 'loyal',
  POTENTIAL_LOYALIST: 'potential_loyalist',
  NEW: 'new',
  PROMISING: 'promising',
  NEED_ATTENTION: 'need_attention',
  ABOUT_TO_SLEEP: 'about_to_sleep',
  CANT_LOSE: 'cant_lose',
  AT_RISK: 'at_risk',
  HIBERNATING: 'hibernating',
  LOST: 'lost',
} as const;
export type RfmSegment = (typeof RfmSegment)[keyof typeof RfmSegment];
export const RFM_SEGMENTS = Object.values(RfmSegment);

/** The R×F map. */
export function rfmSegment(r: number, f: number): RfmSegment {
  if (r === 5) return f >= 4 ? 'champions' : f >= 2 ? 'potential_loyalist' : 'new';
  if (r === 4) return f >= 4 ? 'loyal' : f >= 2 ? 'potential_loyalist' : 'promising';
  if (r === 3) return f >= 4 ? 'loyal' : f === 3 ? 'need_attention' : 'about_to_sleep';
  if (f === 5) return 'cant_lose';
  if (f >= 3) return 'at_risk';
  return r === 1 && f === 1 ? 'lost' : 'hibernating';
}

/** Each segment: its R and F ranges, name, and what to do. */
export const RFM_SEGMENT_INFO: Record<
  RfmSegment,
  { r: string; f: string; ja: string; en: string; actionJa: string; actionEn: string }
> = {
  champions: {
    r: '5',
    f: '4–5',
    ja: 'チャンピオン',
    en: 'Champions',
    actionJa: '特別なイベントや先行体験に招き、レビューや紹介をお願いする',
    actionEn: 'Invite them to exclusive events and early access; ask for reviews and referrals',
  },
  loyal: {
    r: '3–4',
    f: '4–5',
    ja: 'ロイヤル',
    en: 'Loyal',
    actionJa: 'ランク特典やフィードバックの場で声を聞き、関係を深める',
    actionEn: 'Deepen the bond: rank perks and a voice in product feedback',
  },
  potential_loyalist: {
    r: '4–5',
    f: '2–3',
    ja: 'ロイヤル予備軍',
    en: 'Potential loyalists',
    actionJa: 'コミュニティでの参加を促し、次の購入につながる体験を届ける',
    actionEn: 'Draw them into the community and give them a reason to come back',
  },
  new: {
    r: '5',
    f: '1',
    ja: '新規',
    en: 'New customers',
    actionJa: 'オンボーディングで使い方と仲間を紹介する',
    actionEn: 'Onboard them: how to use the product, and the people who use it',
  },
  promising: {
    r: '4',
    f: '1',
    ja: '有望',
    en: 'Promising',
    actionJa: '初回の体験を振り返る機会と、二回目のきっかけを作る',
    actionEn: 'Follow up on the first purchase and offer a reason for a second',
  },
  need_attention: {
    r: '3',
    f: '3',
    ja: '要注意',
    en: 'Need attention',
    actionJa: '最近の不満がないかアンケートで聞き、関心に合う話題を届ける',
    actionEn: 'Ask what changed (a short survey) and show them topics they care about',
  },
  about_to_sleep: {
    r: '3',
    f: '1–2',
    ja: '休眠寸前',
    en: 'About to sleep',
    actionJa: '人気の投稿やイベントで再訪のきっかけを作る',
    actionEn: 'Bring them back with popular posts and upcoming events',
  },
  cant_lose: {
    r: '1–2',
    f: '5',
    ja: '失えない顧客',
    en: "Can't lose them",
    actionJa: '担当者から個別に連絡し、離れた理由を聞く',
    actionEn: 'Reach out personally and ask why they stopped',
  },
  at_risk: {
    r: '1–2',
    f: '3–4',
    ja: '離反リスク',
    en: 'At risk',
    actionJa: '個別のメッセージや限定イベントで関係を取り戻す',
    actionEn: 'Win them back with a personal message or a members-only event',
  },
  hibernating: {
    r: '1–2',
    f: '1–2',
    ja: '休眠',
    en: 'Hibernating',
    actionJa: '新製品やコミュニティの近況を知らせる',
    actionEn: 'Tell them what is new in the product and the community',
  },
  lost: {
    r: '1',
    f: '1',
    ja: '離脱',
    en: 'Lost',
    actionJa: '無理に追わず、再開のきっかけだけを残す',
    actionEn: 'Do not chase; leave a door open',
  },
};

// --- The loyalty matrix ---------------------------------------------------------------------

export const MatrixCell = {
  CHURN_RISK: 'churn_risk',
  LOYAL_CANDIDATE: 'loyal_candidate',
  LOYAL: 'loyal',
  UNCOOPERATIVE: 'uncooperative',
  ORDINARY: 'ordinary',
  ADVOCATE: 'advocate',
  NO_NPS: 'no_nps',
  NO_ORDERS: 'no_orders',
} as const;
export type MatrixCell = (typeof MatrixCell)[keyof typeof MatrixCell];
export const MATRIX_CELLS = Object.values(MatrixCell);

/** Null highLtv: the customer has no orders as of the analysis date. */
export function matrixCell(highLtv: boolean | null, nps: NpsClass | null): MatrixCell {
  if (highLtv === null) return 'no_orders';
  if (nps === null) return 'no_nps';
  const cells: Record<NpsClass, [MatrixCell, MatrixCell]> = {
    detractor: ['churn_risk', 'uncooperative'],
    passive: ['loyal_candidate', 'ordinary'],
    promoter: ['loyal', 'advocate'],
  };
  return cells[nps][highLtv ? 0 : 1];
}

export const MATRIX_CELL_INFO: Record<
  MatrixCell,
  { ja: string; en: string; hintJa: string; hintEn: string }
> = {
  churn_risk: {
    ja: '離脱候補',
    en: 'Churn risk',
    hintJa: '売上への影響が大きい層。個別に不満を聞き、改善を約束して伝える',
    hintEn: 'Most revenue at stake: hear their complaint one to one and show what changes',
  },
  loyal_candidate: {
    ja: 'ロイヤル候補',
    en: 'Loyal candidate',
    hintJa: 'あと一歩。特別な体験やフィードバックの場で推奨者へ育てる',
    hintEn: 'One step away: special experiences and a voice in feedback turn them into promoters',
  },
  loyal: {
    ja: 'ロイヤルカスタマー',
    en: 'Loyal customer',
    hintJa: '感謝を伝え、アンバサダーやイベントの共同企画に招く',
    hintEn: 'Thank them; invite them as ambassadors and event co-hosts',
  },
  uncooperative: {
    ja: '非協力者',
    en: 'Uncooperative',
    hintJa: '不満の理由を分類し、製品やサポートの改善につなげる',
    hintEn: 'Sort out why they are unhappy and feed it to product and support',
  },
  ordinary: {
    ja: '一般顧客',
    en: 'Ordinary',
    hintJa: 'コミュニティでの最初の一歩（質問・イベント参加）を促す',
    hintEn: 'Encourage a first step in the community: a question, an event',
  },
  advocate: {
    ja: '広報担当者（ファン）',
    en: 'Advocate (fan)',
    hintJa: '発信や紹介を後押しし、購入のきっかけも届ける',
    hintEn: 'Support their word of mouth and give them a reason to buy again',
  },
  no_nps: {
    ja: 'NPS 未回答',
    en: 'No NPS',
    hintJa: 'NPS アンケートで声を聞く',
    hintEn: 'Ask them with an NPS survey',
  },
  no_orders: {
    ja: '購入なし',
    en: 'No orders',
    hintJa: '購入データの取り込みや会員との紐づけを確認する',
    hintEn: 'Check the order import and how customers are matched to members',
  },
};

/** Everything about one customer as of the analysis date. */
export interface CustomerMetrics extends CustomerOrderFigures {
  ltv: number | null;
  highLtv: boolean | null;
  /** Days from the last order to the analysis date; null without orders. */
  recencyDays: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmSegment: RfmSegment | null;
  npsScore: number | null;
  npsClass: NpsClass | null;
  cell: MatrixCell;
}

export interface CustomerFigures extends CustomerOrderFigures {
  recencyDays: number | null;
  npsScore: number | null;
  npsClass: NpsClass | null;
}

/** LTV, high LTV, RFM and the matrix cell of every customer, from their figures as of a date. */
export function analyseCustomers(
  customers: readonly CustomerFigures[],
  s: CustomerValueSettings,
): { metrics: CustomerMetrics[]; highLtvCutoff: number | null } {
  const ltvs = customers.map((c) => ltvOf(c, s));
  const buyers = customers.flatMap((c, i) => (c.orders > 0 ? [i] : []));
  const cutoff = highLtvCutoff(
    buyers.map((i) => ltvs[i] as number),
    s,
  );
  const r = rfmScores(
    buyers.map((i) => customers[i].recencyDays as number),
    false,
  );
  const f = rfmScores(
    buyers.map((i) => customers[i].orders),
    true,
  );
  const m = rfmScores(
    buyers.map((i) => customers[i].totalAmount),
    true,
  );
  const scores = new Map(buyers.map((i, k) => [i, { r: r[k], f: f[k], m: m[k] }]));
  const metrics = customers.map((c, i): CustomerMetrics => {
    const ltv = ltvs[i];
    const highLtv = ltv === null || cutoff === null ? null : ltv >= cutoff;
    const rfm = scores.get(i);
    return {
      ...c,
      ltv,
      highLtv,
      r: rfm?.r ?? null,
      f: rfm?.f ?? null,
      m: rfm?.m ?? null,
      rfmSegment: rfm ? rfmSegment(rfm.r, rfm.f) : null,
      cell: matrixCell(highLtv, c.npsClass),
    };
  });
  return { metrics, highLtvCutoff: cutoff };
}

/** The customer export's columns, in order. */
export const CUSTOMER_EXPORT_COLUMNS = [
  'customer_id',
  'email',
  'member_handle',
  'orders',
  'total_amount',
  'aov',
  'purchases_per_year',
  'ltv',
  'high_ltv',
  'r',
  'f',
  'm',
  'rfm_segment',
  'nps_score',
  'nps_class',
  'matrix_cell',
  'engagement_score',
  'engagement_level',
] as const;

// --- Engagement -----------------------------------------------------------------------------

/** Levels of the engagement score, lowest first (after the Orbit model). */
export const EngagementTier = {
  OBSERVER: 'observer',
  PARTICIPANT: 'participant',
  CONTRIBUTOR: 'contributor',
  CHAMPION: 'champion',
} as const;
export type EngagementTier = (typeof EngagementTier)[keyof typeof EngagementTier];
export const ENGAGEMENT_TIERS = Object.values(EngagementTier);

export const ENGAGEMENT_TIER_INFO: Record<EngagementTier, { min: number; ja: string; en: string }> =
  {
    observer: { min: 0, ja: '観察', en: 'Observer' },
    participant: { min: 25, ja: '参加', en: 'Participant' },
    contributor: { min: 50, ja: '貢献', en: 'Contributor' },
    champion: { min: 75, ja: '推進', en: 'Champion' },
  };

/** The actions the engagement score weighs (admin settings; others weigh nothing). */
export const ENGAGEMENT_WEIGHTED_ACTIONS = [
  'visit_day',
  'post_created',
  'comment_created',
  'best_answer_received',
  'reaction_given',
  'reaction_received',
  'event_attended',
  'idea_submitted',
  'idea_voted',
  'survey_answered',
] as const satisfies readonly ActivityAction[];
export type EngagementWeightedAction = (typeof ENGAGEMENT_WEIGHTED_ACTIONS)[number];

export interface EngagementSettings {
  /** Days an activity counts for, ending with the analysis date. */
  windowDays: number;
  /** Days after which an activity weighs half. */
  halfLifeDays: number;
  weights: Record<EngagementWeightedAction, number>;
}

export const ENGAGEMENT_DEFAULTS: EngagementSettings = {
  windowDays: 90,
  halfLifeDays: 30,
  weights: {
    visit_day: 1,
    post_created: 5,
    comment_created: 3,
    best_answer_received: 10,
    reaction_given: 1,
    reaction_received: 2,
    event_attended: 8,
    idea_submitted: 4,
    idea_voted: 1,
    survey_answered: 3,
  },
};

export const ENGAGEMENT_LIMITS = {
  windowDaysMin: 7,
  windowDaysMax: 365,
  halfLifeDaysMin: 1,
  halfLifeDaysMax: 365,
  weightMax: 100,
  /** Contributions shown as the "why" of a score. */
  whyTop: 3,
} as const;

/** What one activity `ageDays` old (0 = on the analysis date) adds to the raw score. */
export const decayed = (weight: number, ageDays: number, halfLifeDays: number): number =>
  weight * 0.5 ** (ageDays / halfLifeDays);

/**
 * 0–100 within the community: 100 · ln(1 + raw) / ln(1 + the highest raw), rounded; 0 for no
 * activity. The logarithm keeps a few very active members from flattening everyone else.
 */
export const normalisedScore = (raw: number, maxRaw: number): number =>
  raw <= 0 || maxRaw <= 0 ? 0 : Math.round((100 * Math.log1p(raw)) / Math.log1p(maxRaw));

export const engagementTier = (score: number): EngagementTier =>
  [...ENGAGEMENT_TIERS].reverse().find((t) => score >= ENGAGEMENT_TIER_INFO[t].min) ?? 'observer';

// --- Churn risk -----------------------------------------------------------------------------

export const ChurnReason = {
  /** Raw engagement at most half of what it was one window earlier. */
  ENGAGEMENT_DROP: 'engagement_drop',
  /** Active in the window before, silent for the last `silentDays`. */
  GONE_SILENT: 'gone_silent',
  HIGH_LTV_DETRACTOR: 'high_ltv_detractor',
} as const;
export type ChurnReason = (typeof ChurnReason)[keyof typeof ChurnReason];
export const CHURN_REASONS = Object.values(ChurnReason);

export const CHURN = { dropShare: 0.5, silentDays: 30 } as const;

// --- Loyal-customer criteria ----------------------------------------------------------------

export const LoyaltyMetric = {
  ENGAGEMENT_SCORE: 'engagement_score',
  ENGAGEMENT_LEVEL: 'engagement_level',
  RANK: 'rank',
  POSTS: 'posts',
  BEST_ANSWERS: 'best_answers',
  EVENTS_ATTENDED: 'events_attended',
  ACTIVE_DAYS_90: 'active_days_90',
  LTV: 'ltv',
  RFM_R: 'rfm_r',
  RFM_F: 'rfm_f',
  RFM_M: 'rfm_m',
  NPS_CLASS: 'nps_class',
  MEMBERSHIP_DAYS: 'membership_days',
} as const;
export type LoyaltyMetric = (typeof LoyaltyMetric)[keyof typeof LoyaltyMetric];
export const LOYALTY_METRICS = Object.values(LoyaltyMetric);

export const CriterionOp = { GTE: 'gte', LTE: 'lte', EQ: 'eq', NEQ: 'neq' } as const;
export type CriterionOp = (typeof CriterionOp)[keyof typeof CriterionOp];
export const CRITERION_OPS = Object.values(CriterionOp);

/**
 * Each metric's values: numbers, or ordered keys (level: the engagement tiers; rank: a rank's
 * key, compared by position; nps class: detractor < passive < promoter).
 */
export const LOYALTY_METRIC_KIND: Record<LoyaltyMetric, 'number' | 'tier' | 'rank' | 'nps'> = {
  engagement_score: 'number',
  engagement_level: 'tier',
  rank: 'rank',
  posts: 'number',
  best_answers: 'number',
  events_attended: 'number',
  active_days_90: 'number',
  ltv: 'number',
  rfm_r: 'number',
  rfm_f: 'number',
  rfm_m: 'number',
  nps_class: 'nps',
  membership_days: 'number',
};

export const LOYALTY_CRITERIA_LIMITS = { criteriaMax: 12, nameMax: 80, setsMax: 50 } as const;

// --- Analytics computation and dashboard ----------------------------------------------------

/**
 * Actions that happen to a member rather than ones they take. They weigh in the engagement
 * score where weighted (a reaction or a best answer received) but do not make a day one the
 * member was active on (active days, last active day, DAU/WAU/MAU, cohorts, gone silent).
 */
export const ACTIVITY_RECEIVED_ACTIONS = [
  'reaction_received',
  'best_answer_received',
  'event_no_show',
  'idea_planned',
  'idea_released',
] as const satisfies readonly ActivityAction[];

export const ANALYTICS_LIMITS = {
  /** Days a dashboard range may span, both ends included. */
  dashboardDaysMax: 366,
  /** Members listed as top contributors on the dashboard. */
  topContributors: 10,
  /** Rows of one engagement page. */
  pageMax: 200,
  /** Days re-rolled by the incremental computation: today and yesterday (community days). */
  incrementalDays: 2,
  /** Minutes between incremental computations. */
  incrementalEveryMinutes: 15,
  /** Days counted for `active_days_90`. */
  activeDays: 90,
} as const;

export const AnalyticsRunStatus = { RUNNING: 'running', DONE: 'done', FAILED: 'failed' } as const;
export type AnalyticsRunStatus = (typeof AnalyticsRunStatus)[keyof typeof AnalyticsRunStatus];

export type AnalyticsRunKind = 'full' | 'incremental';
/** Where a member stands against a set of criteria: all met (loyal), or some (a candidate). */
export const LoyaltyStanding = { LOYAL: 'loyal', CANDIDATE: 'candidate' } as const;
export type LoyaltyStanding = (typeof LoyaltyStanding)[keyof typeof LoyaltyStanding];
export const LOYALTY_STANDINGS = Object.values(LoyaltyStanding);

/** NPS classes lowest first, as criteria compare them. */
export const NPS_CLASS_ORDER = ['detractor', 'passive', 'promoter'] as const satisfies NpsClass[];

/**
 * The numbers a metric can take; a criterion's value outside them is refused. Rank values are
 * a rank's position (1 = the first rank), checked against the community's ranks.
 */
export const LOYALTY_METRIC_RANGE: Partial<Record<LoyaltyMetric, { min: number; max: number }>> = {
  engagement_score: { min: 0, max: 100 },
  posts: { min: 0, max: 1_000_000_000 },
  best_answers: { min: 0, max: 1_000_000_000 },
  events_attended: { min: 0, max: 1_000_000_000 },
  active_days_90: { min: 0, max: 90 },
  ltv: { min: -1_000_000_000_000, max: 1_000_000_000_000 },
  rfm_r: { min: 1, max: 5 },
  rfm_f: { min: 1, max: 5 },
  rfm_m: { min: 1, max: 5 },
  membership_days: { min: 0, max: 100_000 },
};

/** A plain decimal number: what a number criterion's value must look like. */
export const CRITERION_NUMBER_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

/**
 * Why a criterion's value cannot be used (a field issue), or null. `value` is trimmed and lower
 * case; `rankPositions` are the community's ranks.
 */
export function criterionValueIssue(
  metric: LoyaltyMetric,
  value: string,
  rankPositions: readonly number[],
): 'REQUIRED' | 'INVALID_FORMAT' | 'INVALID_VALUE' | 'OUT_OF_RANGE' | null {
  if (!value) return 'REQUIRED';
  switch (LOYALTY_METRIC_KIND[metric]) {
    case 'tier':
      return (ENGAGEMENT_TIERS as readonly string[]).includes(value) ? null : 'INVALID_VALUE';
    case 'nps':
      return (NPS_CLASS_ORDER as readonly string[]).includes(value) ? null : 'INVALID_VALUE';
    case 'rank':
      return /^\d{1,4}$/.test(value) && rankPositions.includes(Number(value))
        ? null
        : 'INVALID_VALUE';
    case 'number': {
      if (!CRITERION_NUMBER_PATTERN.test(value)) return 'INVALID_FORMAT';
      const range = LOYALTY_METRIC_RANGE[metric];
      const n = Number(value);
      return range && (n < range.min || n > range.max) ? 'OUT_OF_RANGE' : null;
    }
  }
}

/** Survey segment keys of a saved criteria set: `loyalty:<setId>:loyal|candidate`. */
export const loyaltySegmentKey = (setId: string, standing: LoyaltyStanding) =>
  `loyalty:${setId}:${standing}`;

/** Member lists (candidates, churn risks) and messages to their members. */
export const LOYALTY_LISTS = {
  pageMax: 200,
  /** Members one message reaches at most. */
  messageRecipientsMax: 200,
  messageSubjectMax: 100,
  /** A member's timeline: the newest items. */
  timelineMax: 100,
  /** A member's orders shown on their page, newest first. */
  ordersShown: 50,
} as const;
