import type { ReactionTarget } from './content.js';

export interface ReactionEvent {
  targetType: ReactionTarget;
  targetId: string;
  postId: string;
  spaceId: string;
  kind: string;
  memberId: string;
}

/**
 * What happened, recorded by a use case and delivered to listeners only after its transaction
 * commits. Payloads carry ids, never content, so a listener reads the current state itself.
 */
export interface DomainEvents {
  'post.created': { postId: string; spaceId: string; authorId: string };
  'post.changed': { postId: string; spaceId: string };
  'comment.created': {
    commentId: string;
    postId: string;
    spaceId: string;
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
  /** The best answer was cleared or another chosen. */
  'answer.unaccepted': { postId: string; commentId: string };
  /** Deleted, or hidden by a moderator. */
  'post.removed': { postId: string; spaceId: string; authorId: string };
  /** Shown again after being hidden. */
  'post.restored': { postId: string; spaceId: string; authorId: string };
  'comment.removed': { commentId: string; postId: string; authorId: string };
  'comment.restored': { commentId: string; postId: string; authorId: string };
  /** A member became active (signed up in an open community, or was approved). */
  'member.joined': { memberId: string };
  'profile.updated': { memberId: string };
  /** A member's first visit of the day (in the community's time zone). */
  'member.visited': { memberId: string; day: string; streak: number };
  'points.changed': { memberId: string; rule: string; points: number; lifetime: number };
  'rank.promoted': { memberId: string; from: number; to: number };
}
export type DomainEventName = keyof DomainEvents;

/** Rooms a socket may ask to join; a member's own room and the moderators' room are automatic. */
export const ROOM_PATTERN = /^(post|space):[0-9a-f-]{36}$/;
export const memberRoom = (memberId: string) => `member:${memberId}`;
export const postRoom = (postId: string) => `post:${postId}`;
export const spaceRoom = (spaceId: string) => `space:${spaceId}`;
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
