import type { ActivityAction } from './activity.js';
import type { ReactionTarget } from './content.js';

export interface ReactionEvent {
  targetType: ReactionTarget;
  targetId: string;
  postId: string;
  /** null for an event's discussion. */
  spaceId: string | null;
  kind: string;
  memberId: string;
  /** Who wrote the target (absent from events written before it was carried). */
  targetAuthorId?: string;
}

/**
 * What happened, written to the outbox by a use case in its transaction and delivered to each
 * consumer after the commit. Payloads carry ids, not content, so a consumer reads the current
 * state itself (a job's own data aside). What members did is the activity stream's
 * (`activity.changed`).
 */
export interface DomainEvents {
  /** A member activity was recorded, retracted or recorded again: consumers read its state. */
  'activity.changed': { id: string; memberId: string; action: ActivityAction };
  'post.created': { postId: string; spaceId: string; authorId: string };
  'post.changed': { postId: string; spaceId: string | null };
  'comment.created': {
    commentId: string;
    postId: string;
    spaceId: string | null;
    parentId: string | null;
    authorId: string;
  };
  'reaction.added': ReactionEvent;
  'reaction.removed': ReactionEvent;
  /** An edit mentioned members the earlier version did not. */
  'mentions.added': {
    sourceType: 'post' | 'comment';
    sourceId: string;
    postId: string;
    authorId: string;
  };
  /** Created, or who may read it changed. */
  'space.changed': { spaceId: string };
  'answer.accepted': { postId: string; commentId: string; spaceId: string; acceptedBy: string };
  'rank.promoted': { memberId: string; from: number; to: number };
  /** A moderator hid or showed again a post or a comment. */
  'content.moderated': {
    targetType: 'post' | 'comment';
    targetId: string;
    postId: string;
    hidden: boolean;
    /** null: hidden by members' flags, pending review. */
    moderatorId: string | null;
  };
  /** A review item was decided: flaggers hear the verdict (none for an ignored item). */
  'review.resolved': {
    itemId: string;
    status: 'agreed' | 'disagreed' | 'ignored';
    moderatorId: string;
  };
  /** A moderator sent a member a formal warning (kept in their record). */
  'member.warned': { sanctionId: string; memberId: string };
  /** A moderator's correction to a member's points, as kept in the ledger (it never changes). */
  'points.adjusted': { memberId: string; points: number; reason: string; moderatorId: string };
  /** An event was created, edited, published or cancelled. */
  'event.changed': { eventId: string };
  /** An event was published (created published, or a draft published). */
  'event.published': { eventId: string };
  /** Someone's RSVP changed the event's counts or waitlist. */
  'event.rsvp.changed': { eventId: string };
  /**
   * A waitlisted member was given a seat, or offered one to accept until `offeredUntil` (the
   * event's claim window).
   */
  'event.seat.promoted': { eventId: string; memberId: string; offeredUntil?: string | null };
  /** A published event's time or place changed: its registrants hear of it. */
  'event.updated': { eventId: string; changes: Array<'time' | 'place'> };
  'event.cancelled': { eventId: string };
  /**
   * A published event ended half an hour ago (once per event): where post-event surveys go out.
   */
  'event.ended': { eventId: string };
  /**
   * An idea's status changed (a status change, an answer, a merge or an unmerge): its voters and
   * followers hear of it once per change.
   */
  'idea.status.changed': { changeId: string; ideaId: string };
  /**
   * An admin erased a customer's imported data: the members it was matched to (no customer
   * data, which is gone), whose customer figures must go too.
   */
  'customer.erased': { memberIds: string[] };
  /** A job asked for in a transaction, handed to the queue once that commits. */
  'job.requested': { name: string; data: unknown; jobId?: string };
}
export type DomainEventName = keyof DomainEvents;

/** Rooms a socket may ask to join; a member's own room and the moderators' room are automatic. */
export const ROOM_PATTERN = /^(post|space|event):[0-9a-f-]{36}$/;
export const memberRoom = (memberId: string) => `member:${memberId}`;
export const postRoom = (postId: string) => `post:${postId}`;
export const spaceRoom = (spaceId: string) => `space:${spaceId}`;
export const eventRoom = (eventId: string) => `event:${eventId}`;
export const MODERATORS_ROOM = 'moderators';

/** Server → client pushes: small, ids and counts only; the client refetches what it shows. */
export interface ServerPushes {
  'post:new': { postId: string; spaceId: string; authorId: string };
  'post:changed': { postId: string };
  'comment:new': { postId: string; commentId: string; parentId: string | null };
  'reactions:changed': { postId: string; targetType: ReactionTarget; targetId: string };
  'notification:new': { id: string; kind: string; unreadCount: number };
  'notifications:unread': { unreadCount: number };
  /** The member's points changed (the SPA refetches their standing). */
  'points:changed': { balance: number; lifetime: number };
  /** The member reached a higher rank: the SPA celebrates. */
  'rank:promoted': { from: number; to: number };
  'mission:progress': { missionId: string; completed: boolean };
  'job:progress': { id: string; done: number; total: number; finished: boolean };
  /** An event's seats, waitlist or check-ins changed (the SPA refetches the viewer's answer). */
  'event:changed': {
    eventId: string;
    seatsTaken: number;
    waitlistCount: number;
    checkedIn: number;
  };
  /** The review queue changed (to moderators): the SPA refetches the queue and its count. */
  'review:changed': { itemId: string; pending: number };
}
export type ServerPushName = keyof ServerPushes;

/** Client → server messages, each answered through the acknowledgement callback. */
export interface ClientMessages {
  subscribe: { room: string };
  unsubscribe: { room: string };
}
export type SocketAck = { ok: true } | { ok: false; code: string; message: string };

export const SOCKET_PATH = '/socket.io';
/** Incoming socket messages larger than this are refused by the transport. */
export const SOCKET_MAX_PAYLOAD_BYTES = 16 * 1024;
