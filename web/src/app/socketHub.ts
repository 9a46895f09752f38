import type { Socket } from 'socket.io-client';
import type { ClientMessages, ServerPushName, ServerPushes, SocketAck } from '@kizuna/shared';

type ServerToClient = { [E in ServerPushName]: (payload: ServerPushes[E]) => void };
type ClientToServer = {
  [E in keyof ClientMessages]: (payload: ClientMessages[E], ack: (res: SocketAck) => void) => void;
};
export type KizunaSocket = Socket<ServerToClient, ClientToServer>;

export type PushHandler<E extends ServerPushName> = (payload: ServerPushes[E]) => void;

export interface SocketHubOptions {
  /** Makes a socket that is not connected yet (`autoConnect: false`). */
  create: () => KizunaSocket;
  /**
   * After every connection: what happened before the rooms were joined was not pushed, so fetch
   * it. `reconnected` tells a reconnection (anything on screen may be stale) from the first
   * connection (only what changed while the page loaded).
   */
  onConnected?: (reconnected: boolean) => void;
  /**
   * The server ended the connection or refused it (the session may have ended); `retry` tries
   * again when it still makes sense.
   */
  onRefused?: (retry: () => void) => void;
}

const ACK_TIMEOUT_MS = 10_000;

/**
 * One socket for the signed-in member, shared by every component: pushes go to the handlers
 * registered for them; rooms are counted (a room is left when its last user leaves) and joined
 * again after every reconnection, since the server forgets them with the old connection.
 */
export class SocketHub {
  private socket: KizunaSocket | null = null;
  private connectedBefore = false;
  private readonly rooms = new Map<string, number>();
  private readonly handlers = new Map<string, Set<(payload: unknown) => void>>();

  constructor(private readonly options: SocketHubOptions) {}

  get active(): boolean {
    return this.socket !== null;
  }

  /** The rooms this page follows, for tests and debugging. */
  get roomNames(): string[] {
    return [...this.rooms.keys()];
  }

  start(): void {
    if (this.socket) return;
    const socket = this.options.create();
    this.socket = socket;
    socket.on('connect', () => {
      if (this.socket !== socket) return;
      for (const room of this.rooms.keys()) void this.send(socket, 'subscribe', room);
      this.options.onConnected?.(this.connectedBefore);
      this.connectedBefore = true;
    });
    const retry = () => {
      if (this.socket === socket && !socket.connected) socket.connect();
    };
    socket.on('disconnect', (reason) => {
      // Only a server-side disconnect stops socket.io from reconnecting by itself.
      if (this.socket === socket && reason === 'io server disconnect') {
        this.options.onRefused?.(retry);
      }
    });
    socket.on('connect_error', () => {
      // Refused by the server (no session): socket.io gives up; transport errors retry alone.
      if (this.socket === socket && !socket.active) this.options.onRefused?.(retry);
    });
    socket.onAny((event: string, payload: unknown) => {
      if (this.socket === socket) this.dispatch(event, payload);
    });
    socket.connect();
  }

  stop(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.connectedBefore = false;
    socket.offAny();
    socket.removeAllListeners();
    socket.disconnect();
  }

  /** Calls `handler` for every push of `event`; returns the function that stops it. */
  on<E extends ServerPushName>(event: E, handler: PushHandler<E>): () => void {
    const set = this.handlers.get(event) ?? new Set();
    const wrapped = (payload: unknown) => handler(payload as ServerPushes[E]);
    set.add(wrapped);
    this.handlers.set(event, set);
    return () => {
      set.delete(wrapped);
      if (set.size === 0) this.handlers.delete(event);
    };
  }

  /** Follows a room (e.g. `post:<id>`) until the returned function is called. */
  join(room: string): () => void {
    const users = this.rooms.get(room) ?? 0;
    this.rooms.set(room, users + 1);
    if (users === 0 && this.socket?.connected) void this.send(this.socket, 'subscribe', room);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const remaining = (this.rooms.get(room) ?? 1) - 1;
      if (remaining > 0) {
        this.rooms.set(room, remaining);
        return;
      }
      this.rooms.delete(room);
      if (this.socket?.connected) void this.send(this.socket, 'unsubscribe', room);
    };
  }

  private dispatch(event: string, payload: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      try {
        handler(payload);
      } catch (err) {
        console.error(`push handler for ${event} failed`, err);
      }
    }
  }

  private async send(
    socket: KizunaSocket,
    event: keyof ClientMessages,
    room: string,
  ): Promise<SocketAck | null> {
    try {
      return await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, { room });
    } catch {
      // No answer (the connection dropped): the next `connect` subscribes again.
      return null;
    }
  }
}
