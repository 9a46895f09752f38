import type { Viewer } from '../core/auth/viewer.js';
import type { MemberEntity } from '../modules/members/entities/member.entity.js';

/** A demo member as the services see them when they act (no session behind it). */
export const asSeedViewer = (m: MemberEntity): Viewer => ({
  memberId: m.id,
  sessionId: 'seed',
  role: m.role,
  status: m.status,
  locale: m.locale,
});
