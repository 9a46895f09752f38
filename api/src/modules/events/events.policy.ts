import { isStaff, isVisitor, type Reader, type Viewer } from '../../core/auth/viewer.js';
import type { SpaceEntity } from '../spaces/entities/space.entity.js';
import { SpacePolicy } from '../spaces/spaces.policy.js';
import type { EventRow } from './events.repository.js';

/**
 * Who sees an event and who may register. An event is seen where its space is (or by everyone
 * reading, without a space); drafts by staff only. Rank and role gates close registration, not
 * sight: a locked event is shown with what opens it.
 */
export const EventPolicy = {
  canSee(reader: Reader | null, event: EventRow, space: SpaceEntity | null): boolean {
    if (!reader) return false;
    if (event.status === 'draft' && !isStaff(reader)) return false;
    if (event.spaceId && (!space || !SpacePolicy.canSee(reader, space))) return false;
    return true;
  },

  /** Whether the member's rank and role let them register (staff always may). */
  canRegister(viewer: Reader | null, event: EventRow): boolean {
    if (!viewer || isVisitor(viewer)) return false;
    if (isStaff(viewer)) return true;
    if (event.roles && !event.roles.includes(viewer.role)) return false;
    return (
      !event.minRankPosition || ((viewer as Viewer).rankPosition ?? 1) >= event.minRankPosition
    );
  },

  /** The join link is for members who hold a seat, and for staff. */
  canJoinOnline(viewer: Reader | null, going: boolean): boolean {
    return !!viewer && !isVisitor(viewer) && (going || isStaff(viewer));
  },
};
