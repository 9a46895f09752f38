import type { NestExpressApplication } from '@nestjs/platform-express';
import type { MemberEntity } from '../../../src/modules/members/entities/member.entity.js';

export interface AuditWorld {
  app: NestExpressApplication;
  /** The admin every case runs as. */
  admin: MemberEntity;
}

/**
 * Prepares what one staff mutation needs and returns the call that must succeed and the audit
 * action it must record.
 */
export type AuditCase = (w: AuditWorld) => Promise<{
  doc: string;
  variables?: Record<string, unknown>;
  action: string;
}>;
