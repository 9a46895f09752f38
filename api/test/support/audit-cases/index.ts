import { communityCases } from './community.js';
import { customersCases } from './customers.js';
import { feedbackCases } from './feedback.js';
import { gamificationCases } from './gamification.js';
import { memberCases } from './members.js';
import { moderationCases } from './moderation.js';
import type { AuditCase } from './types.js';

export type { AuditCase, AuditWorld } from './types.js';

/** One case per staff mutation, by mutation name. */
export const AUDIT_CASES: Record<string, AuditCase> = {
  ...memberCases,
  ...communityCases,
  ...gamificationCases,
  ...feedbackCases,
  ...customersCases,
  ...moderationCases,
};
