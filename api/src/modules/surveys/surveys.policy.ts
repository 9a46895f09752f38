import { memberOf, type Reader } from '../../core/auth/viewer.js';
import { forbidden } from '../../core/errors/app-error.js';
import type { SurveyStatus } from '@kizuna/shared';
import type { Survey } from './models/survey.model.js';

const hasRole = (r: Reader | null | undefined, ...roles: string[]): boolean => {
  const m = memberOf(r);
  return !!m && m.status === 'active' && roles.includes(m.role);
};

/**
 * Who does what with surveys, on every path. Moderators and admins build them, choose whom they
 * ask, import answers collected elsewhere and read every member's attitude; the product team
 * reads surveys and their results (read-only); a member sees and answers a survey only when it
 * asked them (signed in, or through the link it mailed them). Respondents are named only in
 * identified surveys.
 */
export const SurveysPolicy = {
  canManage: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  /** Any survey, drafts included, its results and their exports. */
  canReadResults: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin', 'product'),

  /** Importing changes results, so it is staff's alone. */
  canImport: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  /** Questions change only while the survey is a draft. */
  canEdit: (r: Reader | null | undefined, survey: { status: SurveyStatus }) =>
    hasRole(r, 'moderator', 'admin') && survey.status === 'draft',

  /** A member's latest NPS class: moderators' and admins' alone. */
  canSeeAttitude: (r: Reader | null | undefined) => hasRole(r, 'moderator', 'admin'),

  showsRespondents: (survey: Pick<Survey, 'anonymous'>) => !survey.anonymous,

  assertReadResults(r: Reader | null | undefined): void {
    if (!SurveysPolicy.canReadResults(r))
      throw forbidden('Survey results are for moderators, admins and the product team.');
  },

  assertImport(r: Reader | null | undefined): void {
    if (!SurveysPolicy.canImport(r))
      throw forbidden('Only moderators and admins import survey responses.');
  },
};
