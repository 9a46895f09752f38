import { Injectable } from '@nestjs/common';
import type { DefaultEventsMap, RemoteSocket, Server } from 'socket.io';
import type { Viewer } from '../auth/viewer.js';

/** What the handshake stores on a socket. */
export interface SocketData {
  viewer?: Viewer;
  rooms?: string[];
}
import { memberRoom, type ServerPushName, type ServerPushes } from '@kizuna/shared';

/** Pushes small messages to socket rooms; with the Redis adapter they reach every instance. */
@Injectable()
export class RealtimeService {
  private server: Server | null = null;

  attach(server: Server): void {
    this.server = server;
  }

  push<E extends ServerPushName>(room: string | string[], event: E, payload: ServerPushes[E]) {
    this.server?.to(room).emit(event, payload);
  }

  /** The connected sockets in a room (every socket without one), on every instance. */
  async sockets(room?: string): Promise<RemoteSocket<DefaultEventsMap, SocketData>[]> {
    if (!this.server) return [];
    return (room ? this.server.in(room) : this.server).fetchSockets();
  }

  /** Ends the sockets of a session that was signed out, on every instance. */
  disconnectSession(sessionId: string): void {
    this.server?.in(sessionRoom(sessionId)).disconnectSockets(true);
  }

  /** Ends a member's sockets (all sessions ended, suspended), except one session's if given. */
  disconnectMember(memberId: string, exceptSessionId?: string): void {
    const sockets = this.server?.in(memberRoom(memberId));
    (exceptSessionId ? sockets?.except(sessionRoom(exceptSessionId)) : sockets)?.disconnectSockets(
      true,
    );
  }
}

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
