import { MemberEntity } from '../../modules/members/entities/member.entity.js';
import { SessionEntity } from '../../modules/members/entities/session.entity.js';
import { CommunitySettingsEntity } from '../../modules/community/entities/community-settings.entity.js';
import { InviteEntity } from '../../modules/community/entities/invite.entity.js';
import { DevMailEntity } from '../mail/dev-mail.entity.js';

export const ENTITIES = [
  MemberEntity,
  SessionEntity,
  CommunitySettingsEntity,
  InviteEntity,
  DevMailEntity,
];
