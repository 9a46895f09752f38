import { isStaff, type Reader } from '../../core/auth/viewer.js';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';
import type { PostEntity } from './entities/post.entity.js';

/**
 * Who may read a post, wherever it is shown, pushed or told about: not deleted, hidden only for
 * staff, in a space the viewer may see. Callers bring the space (through a loader in field
 * resolvers, so a list costs no query per row).
 */
export const PostPolicy = {
  canRead(
    viewer: Reader | null,
    post: Pick<PostEntity, 'deletedAt' | 'hiddenAt'>,
    space: SpaceEntity | null,
  ): boolean {
    if (!viewer || post.deletedAt || (post.hiddenAt && !isStaff(viewer))) return false;
    return !!space && SpacePolicy.canSee(viewer, space);
  },
};
