import { memberOf, type Reader } from '../../core/auth/viewer.js';
import type { SurveyStatus } from '@kizuna/shared';

const hasRole = (r: Reader | null | undefined, ...roles: string[]): boolean => {
  const m = memberOf(r);
  return !!m && m.status === 'active' && roles.includes(m.role);
};

/**
 * Who does what with surveys, on every path. Moderators and admins build them, choose whom they
 * ask and read every member's attitude; the product team reads surveys and their results; a
 * member sees and answers a survey only when it asked them (signed in, or through the link it
 * mailed them).
 */
export const SurveysPolicy = {
  canManage: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  /** Any survey, drafts included, and its results. */
  canReadResults: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin', 'product'),

  /** Questions change only while the survey is a draft. */
  canEdit: (r: Reader | null | undefined, survey: { status: SurveyStatus }) =>
    hasRole(r, 'moderator', 'admin') && survey.status === 'draft',

  /** A member's latest NPS class: moderators' and admins' alone. */
  canSeeAttitude: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),
};
