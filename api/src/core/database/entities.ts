import { MemberEntity } from '../../modules/members/entities/member.entity.js';
import { SessionEntity } from '../../modules/members/entities/session.entity.js';
import { CommunitySettingsEntity } from '../../modules/community/entities/community-settings.entity.js';
import { InviteEntity } from '../../modules/community/entities/invite.entity.js';
import { DevMailEntity } from '../mail/dev-mail.entity.js';
import { SpaceEntity } from '../../modules/spaces/entities/space.entity.js';
import { PostEntity } from '../../modules/posts/entities/post.entity.js';
import { CommentEntity } from '../../modules/posts/entities/comment.entity.js';
import { PostRevisionEntity } from '../../modules/posts/entities/post-revision.entity.js';

export const ENTITIES = [
  MemberEntity,
  SessionEntity,
  CommunitySettingsEntity,
  InviteEntity,
  DevMailEntity,
  SpaceEntity,
  PostEntity,
  CommentEntity,
  PostRevisionEntity,
];
