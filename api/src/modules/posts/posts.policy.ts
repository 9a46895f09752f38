import { isStaff, memberOf, type Reader } from '../../core/auth/viewer.js';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';
import type { PostEntity } from './entities/post.entity.js';

/**
 * Who may read a post, wherever it is shown, pushed or told about: not deleted, hidden only for
 * staff and its author (who is told and may edit it), in a space the viewer may see. Callers bring the space (through a loader in field
 * resolvers, so a list costs no query per row). A post without a space is a discussion whose
 * readers its owner decides (see Discussions): this policy alone never lets it be read.
 */
export const PostPolicy = {
  canRead(
    viewer: Reader | null,
    post: Pick<PostEntity, 'deletedAt' | 'hiddenAt'> & { authorId?: string },
    space: SpaceEntity | null,
  ): boolean {
    if (!viewer || post.deletedAt || (post.hiddenAt && !mayReadHidden(viewer, post))) return false;
    return !!space && SpacePolicy.canSee(viewer, space);
  },

  /** What a discussion asks besides its owner's consent: the same as any post. */
  canReadDiscussion(viewer: Reader, post: Pick<PostEntity, 'deletedAt' | 'hiddenAt'>): boolean {
    return !post.deletedAt && (!post.hiddenAt || isStaff(viewer));
  },
};

/** Which hidden comments a thread shows the reader: all for staff, their own for a member. */
export const hiddenShown = (viewer: Reader | null): boolean | string =>
  isStaff(viewer) || (memberOf(viewer)?.memberId ?? false);

/** Hidden content is read by staff, and by its author, who is told why and may edit it. */
export const mayReadHidden = (viewer: Reader | null, content: { authorId?: string }): boolean =>
  isStaff(viewer) || memberOf(viewer)?.memberId === content.authorId;
