import { buildMember } from '../factories.js';
import type { AuditCase } from './types.js';

export const memberCases: Record<string, AuditCase> = {
  approveMember: async ({ app }) => {
    const m = await buildMember(app, { status: 'pending' });
    return {
      doc: `mutation { approveMember(memberId: "${m.id}") { id } }`,
      action: 'member.approve',
    };
  },
  rejectMember: async ({ app }) => {
    const m = await buildMember(app, { status: 'pending' });
    return { doc: `mutation { rejectMember(memberId: "${m.id}") }`, action: 'member.reject' };
  },
  setRole: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { setRole(memberId: "${m.id}", role: MODERATOR) { id } }`,
      action: 'member.setRole',
    };
  },
  suspendMember: async ({ app }) => {
    const m = await buildMember(app);
    return {
      doc: `mutation { suspendMember(input: { memberId: "${m.id}", reason: "spam" }) { id } }`,
      action: 'member.suspend',
    };
  },
  restoreMember: async ({ app }) => {
    const m = await buildMember(app, { status: 'suspended' });
    return {
      doc: `mutation { restoreMember(memberId: "${m.id}") { id } }`,
      action: 'member.restore',
    };
  },
};
