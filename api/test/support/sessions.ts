import type { INestApplicationContext } from '@nestjs/common';
import { CSRF_COOKIE, SESSION_COOKIE } from '@kizuna/shared';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { GqlClient } from './gql-client.js';

/** A client signed in as `member` without a password round-trip (fast, for large tables). */
export async function clientFor(
  app: INestApplicationContext,
  baseUrl: string,
  member: MemberEntity,
): Promise<GqlClient> {
  const { token } = await app
    .get(AuthService)
    .startSession(member, { ip: '127.0.0.1', userAgent: 'test' });
  const c = new GqlClient(baseUrl);
  c.cookies.set(SESSION_COOKIE, token);
  c.cookies.set(CSRF_COOKIE, 'test-csrf-token-0123456789');
  return c;
}
