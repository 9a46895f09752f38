import type { PostKind } from '@kizuna/shared';
import { isStaff, isVisitor, type Reader, type Viewer } from '../../core/auth/viewer.js';
import type { SpaceEntity } from './entities/space.entity.js';

/**
 * Who may see a space and start posts in it. Staff see and post everywhere. Visitors (admitted
 * only where the community is visible to them) see public spaces: open to every role and rank.
 */
export const SpacePolicy = {
  canSee(viewer: Reader | null, space: SpaceEntity): boolean {
    if (!viewer) return false;
    if (isVisitor(viewer)) return SpacePolicy.isPublic(space);
    if (isStaff(viewer)) return true;
    if (space.archivedAt) return false;
    if (space.minRankPosition && (viewer.rankPosition ?? 1) < space.minRankPosition) return false;
    return !space.viewRoles || space.viewRoles.includes(viewer.role);
  },

  isPublic(space: SpaceEntity): boolean {
    return !space.archivedAt && !space.viewRoles && (space.minRankPosition ?? 1) <= 1;
  },

  canPost(viewer: Viewer, space: SpaceEntity, kind: PostKind): boolean {
    if (!SpacePolicy.canSee(viewer, space) || space.archivedAt) return false;
    if (isStaff(viewer)) return true;
    if (kind === 'announcement') return false;
    return !space.postRoles || space.postRoles.includes(viewer.role);
  },
};
