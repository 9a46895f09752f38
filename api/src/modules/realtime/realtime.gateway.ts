import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  ErrorCode,
  MODERATORS_ROOM,
  SESSION_COOKIE,
  memberRoom,
  spaceRoom,
  type SocketAck,
} from '@kizuna/shared';
import { SignedIn } from '../../core/auth/access.decorators.js';
import { isStaff, type Viewer } from '../../core/auth/viewer.js';
import { AppError } from '../../core/errors/app-error.js';
import { RealtimeService, sessionRoom } from '../../core/realtime/realtime.service.js';
import { AuthService } from '../auth/auth.service.js';
import { RoomAccess } from './room-access.js';
import { parseMessage, roomMessage } from './socket-messages.js';

const MAX_ROOMS = 200;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const refused = (code: string, message: string): SocketAck => ({ ok: false, code, message });
const INVALID = refused(ErrorCode.BAD_REQUEST, 'This message is not valid.');

/**
 * Sockets share the GraphQL session: the handshake needs a live session cookie. A socket joins
 * its member's room, the moderators' room for staff and the rooms of the spaces it may read; a
 * post's room is joined on request, checked like reading the post.
 */
@SignedIn()
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);

  constructor(
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
    private readonly access: RoomAccess,
  ) {}

  afterInit(server: Server): void {
    this.realtime.attach(server);
    // Rooms are worked out before the connection is accepted, so nothing pushed after the
    // client sees "connect" can miss it.
    server.use((socket, next) => {
      this.handshake(socket)
        .then((ok) => next(ok ? undefined : new Error(ErrorCode.UNAUTHENTICATED)))
        .catch((err: unknown) => {
          this.logger.error({ err }, 'socket handshake failed');
          next(new Error(ErrorCode.INTERNAL));
        });
    });
  }

  handleConnection(socket: Socket): void {
    const rooms = socket.data.rooms as string[] | undefined;
    if (!rooms) return void socket.disconnect(true);
    delete socket.data.rooms;
    void socket.join(rooms);
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown) {
    const msg = parseMessage(roomMessage, body);
    if (!msg) return INVALID;
    if (socket.rooms.has(msg.room)) return { ok: true } satisfies SocketAck;
    if (socket.rooms.size >= MAX_ROOMS)
      return refused(ErrorCode.RATE_LIMITED, 'This connection follows too many pages.');
    try {
      // The session may have ended or changed role since the handshake: read it again.
      const viewer = await this.viewerOf(socket);
      if (!viewer) {
        socket.disconnect(true);
        return refused(ErrorCode.UNAUTHENTICATED, 'Your session has ended.');
      }
      await this.access.requireRoom(viewer, msg.room);
      await socket.join(msg.room);
      return { ok: true } satisfies SocketAck;
    } catch (err) {
      if (err instanceof AppError) return refused(err.code, err.message);
      this.logger.error({ err }, 'socket subscribe failed');
      return refused(ErrorCode.INTERNAL, 'Something went wrong.');
    }
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown) {
    const msg = parseMessage(roomMessage, body);
    if (!msg) return INVALID;
    // Space rooms follow what the member may read, kept by the server; pages leave the others.
    if (!msg.room.startsWith('space:')) await socket.leave(msg.room);
    return { ok: true } satisfies SocketAck;
  }

  private async handshake(socket: Socket): Promise<boolean> {
    const viewer = await this.viewerOf(socket);
    if (!viewer) return false;
    const spaces = await this.access.visibleSpaceIds(viewer);
    socket.data.viewer = viewer;
    socket.data.rooms = [
      memberRoom(viewer.memberId),
      sessionRoom(viewer.sessionId),
      ...(isStaff(viewer) ? [MODERATORS_ROOM] : []),
      ...spaces.map(spaceRoom),
    ];
    return true;
  }

  private viewerOf(socket: Socket): Promise<Viewer | null> {
    return this.auth.resolveSession(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
  }
}
