import { isStaff, memberOf, type Reader } from '../../../core/auth/viewer.js';
import { forbidden } from '../../../core/errors/app-error.js';
import type { Survey } from '../models/survey.model.js';

/**
 * Who reads survey results and brings in external answers. Results and their exports are for
 * moderators, admins and the product team (read-only); importing changes results, so it is
 * staff's alone. Respondents are named only in identified surveys.
 */
export const SurveyResultsPolicy = {
  canRead(reader: Reader | null | undefined): boolean {
    const m = memberOf(reader);
    return !!m && m.status === 'active' && (isStaff(m) || m.role === 'product');
  },

  canImport(reader: Reader | null | undefined): boolean {
    const m = memberOf(reader);
    return !!m && m.status === 'active' && isStaff(m);
  },

  showsRespondents: (survey: Pick<Survey, 'anonymous'>) => !survey.anonymous,

  assertRead(reader: Reader | null | undefined): void {
    if (!SurveyResultsPolicy.canRead(reader))
      throw forbidden('Survey results are for moderators, admins and the product team.');
  },

  assertImport(reader: Reader | null | undefined): void {
    if (!SurveyResultsPolicy.canImport(reader))
      throw forbidden('Only moderators and admins import survey responses.');
  },
};
