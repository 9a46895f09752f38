import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { MemberStatus, Role } from '@kizuna/shared';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { CommunityService } from '../../src/modules/community/community.service.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { SpacesRepository, type NewSpace } from '../../src/modules/spaces/spaces.repository.js';
import type { SpaceEntity } from '../../src/modules/spaces/entities/space.entity.js';

export const PASSWORD = 'correct-horse-battery-staple';
let hash: Promise<string> | undefined;

let seq = 0;
/** A unique handle such as `m3_a1b2c3` (lower-case, starts with a letter). */
export const uniqueHandle = (prefix = 'm') => `${prefix}${++seq}_${randomBytes(3).toString('hex')}`;

export interface BuildMember {
  role?: Role;
  status?: MemberStatus;
  handle?: string;
  email?: string;
  displayName?: string;
  joinedAt?: Date;
}

/** Inserts a member directly (password: PASSWORD). */
export async function buildMember(
  app: INestApplicationContext,
  o: BuildMember = {},
): Promise<MemberEntity> {
  const handle = o.handle ?? uniqueHandle();
  return app.get(MembersRepository).insert({
    email: o.email ?? `${handle}@example.test`,
    handle,
    displayName: o.displayName ?? `テスト ${handle}`,
    passwordHash: await (hash ??= hashPassword(PASSWORD)),
    role: o.role ?? 'member',
    status: o.status ?? 'active',
    locale: 'ja',
    timezone: 'Asia/Tokyo',
    ...(o.joinedAt ? { joinedAt: o.joinedAt } : {}),
  });
}

export async function setRegistrationMode(
  app: INestApplicationContext,
  mode: 'open' | 'approval' | 'invite',
) {
  await app.get(CommunityService).updateSettings({ registrationMode: mode });
}

/** A valid signUp input with a unique email and handle. */
export function signUpInput(o: Record<string, unknown> = {}) {
  const handle = uniqueHandle('u');
  return {
    email: `${handle}@example.test`,
    password: 'a-long-unusual-passphrase',
    displayName: '山田 花子',
    handle,
    ...o,
  };
}

export async function buildSpace(
  app: INestApplicationContext,
  o: Partial<NewSpace> = {},
): Promise<SpaceEntity> {
  const slug = o.slug ?? `s-${randomBytes(4).toString('hex')}`;
  return app.get(SpacesRepository).insert({
    slug,
    nameJa: `スペース ${slug}`,
    nameEn: `Space ${slug}`,
    descriptionJa: '',
    descriptionEn: '',
    icon: '☕',
    color: '#2f7d57',
    viewRoles: null,
    postRoles: null,
    ...o,
  });
}
