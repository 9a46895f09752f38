import { wallToInstant } from '../events/staff/time';

/**
 * The actions the api records, as `domain.verb`; each has a text in `audit.actions` (with `.`
 * written `_`). An action missing here shows as recorded.
 */
export const AUDIT_ACTIONS = [
  'member.approve',
  'member.reject',
  'member.setRole',
  'member.suspend',
  'member.restore',
  'member.suspensionEnded',
  'member.silence',
  'member.unsilence',
  'member.silenceEnded',
  'member.warn',
  'member.message',
  'member.setCustomerId',
  'members.message',
  'review.resolve',
  'post.moderate',
  'comment.hide',
  'watchedWord.add',
  'watchedWord.remove',
  'moderationSettings.update',
  'community.update',
  'invite.create',
  'invite.revoke',
  'space.create',
  'space.update',
  'spaces.reorder',
  'reactionKinds.update',
  'pointRules.update',
  'ranks.update',
  'points.adjust',
  'badge.create',
  'badge.update',
  'badge.award',
  'badge.revoke',
  'mission.create',
  'mission.update',
  'mission.archive',
  'event.create',
  'event.update',
  'event.duplicate',
  'event.message',
  'event.checkIn',
  'event.undoCheckIn',
  'feedbackBoard.create',
  'feedbackBoard.update',
  'idea.review',
  'idea.answer',
  'idea.changeStatus',
  'idea.merge',
  'idea.unmerge',
  'idea.setRoadmapVisibility',
  'changelog.create',
  'changelog.update',
  'changelog.publish',
  'changelog.delete',
  'survey.create',
  'survey.update',
  'survey.publish',
  'survey.close',
  'survey.reopen',
  'survey.duplicate',
  'survey.delete',
  'surveySettings.update',
  'surveyTouchpoints.save',
  'nps.import',
  'orders.import',
  'customer.erase',
  'customerValueSettings.update',
  'analytics.recompute',
  'analyticsSettings.update',
  'loyaltyCriteria.save',
  'loyaltyCriteria.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry can be about; each has a text in `audit.targetTypes`. */
export const AUDIT_TARGET_TYPES = [
  'member',
  'members',
  'post',
  'comment',
  'idea',
  'watchedWord',
  'community',
  'invite',
  'space',
  'spaces',
  'reactionKinds',
  'pointRules',
  'ranks',
  'badge',
  'mission',
  'event',
  'feedbackBoard',
  'changelogEntry',
  'survey',
  'surveySettings',
  'surveyTouchpoints',
  'dataImport',
  'customer',
  'customerValueSettings',
  'analyticsRun',
  'analyticsSettings',
  'loyaltyCriteriaSet',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** The key of an action's text: i18next reads `.` as a level, so it is written `_`. */
export const actionKey = (action: AuditAction) => action.replace('.', '_') as ActionKey;
type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;
export type ActionKey = Underscored<AuditAction>;

export const isKnownAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);
export const isKnownTargetType = (type: string): type is AuditTargetType =>
  (AUDIT_TARGET_TYPES as readonly string[]).includes(type);

/** The filters as the address holds them (`?actor=…&action=…&type=…&from=…&to=…&q=…`). */
export interface AuditFilter {
  actorId: string | null;
  action: string | null;
  targetType: string | null;
  /** One target (a member's record links to their entries). */
  targetId: string | null;
  /** Calendar days (`YYYY-MM-DD`) in the viewer's time zone, both included. */
  from: string | null;
  to: string | null;
  search: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isMemberId = (value: string) => UUID.test(value.trim());

export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  const day = (name: string) => {
    const v = params.get(name);
    return v && DAY.test(v) ? v : null;
  };
  const actor = params.get('actor');
  const action = params.get('action');
  return {
    actorId: actor && isMemberId(actor) ? actor : null,
    action: action && ACTION.test(action) ? action : null,
    targetType: params.get('type') || null,
    targetId: params.get('target')?.trim().slice(0, 100) || null,
    from: day('from'),
    to: day('to'),
    search: params.get('q')?.trim() || null,
  };
}

/** The day after a `YYYY-MM-DD` day. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The api's filters: the days become instants at midnight in the viewer's zone (`to` up to the
 * end of its day).
 */
export function auditVariables(filter: AuditFilter, zone: string) {
  return {
    actorId: filter.actorId,
    action: filter.action,
    targetType: filter.targetType,
    targetId: filter.targetId,
    from: filter.from ? wallToInstant(`${filter.from}T00:00`, zone) : null,
    to: filter.to ? wallToInstant(`${nextDay(filter.to)}T00:00`, zone) : null,
    search: filter.search,
  };
}

/** The CSV download of the entries the filters select. */
export function auditCsvUrl(variables: ReturnType<typeof auditVariables>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(variables)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `/audit/log.csv?${query}` : '/audit/log.csv';
}

/** A recorded value (JSON text) for reading: strings without quotes, nothing as an em dash. */
export function auditValue(json: string | null): string {
  if (json === null || json === 'null') return '—';
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'string') return value === '' ? '""' : value;
    return JSON.stringify(value);
  } catch {
    return json;
  }
}
