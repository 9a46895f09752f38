import { io, type Socket } from 'socket.io-client';
import {
  SESSION_COOKIE,
  SOCKET_PATH,
  type ServerPushName,
  type ServerPushes,
} from '@kizuna/shared';
import type { GqlClient } from './gql-client.js';

export interface SocketOptions {
  cookie?: string;
  origin?: string;
}

/** The session cookie of a signed-in test client, as a Cookie header. */
export const cookieOf = (client: GqlClient) =>
  `${SESSION_COOKIE}=${client.cookies.get(SESSION_COOKIE)}`;

/** A socket.io client over WebSocket, as a browser would open it with these headers. */
export function openSocket(url: string, o: SocketOptions = {}): Socket {
  return io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: {
      ...(o.cookie ? { cookie: o.cookie } : {}),
      ...(o.origin ? { origin: o.origin } : {}),
    },
  });
}

/** Resolves once connected; rejects with the server's reason when refused. */
export function connected(socket: Socket, timeoutMs = 5000): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not connect')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Every push of the given names a socket receives, for later assertions. */
export function record(socket: Socket, ...names: ServerPushName[]) {
  const seen: Array<{ event: ServerPushName; data: ServerPushes[ServerPushName] }> = [];
  for (const event of names) socket.on(event, (data) => seen.push({ event, data }));
  return seen;
}

export function nextPush<E extends ServerPushName>(
  socket: Socket,
  event: E,
  timeoutMs = 5000,
): Promise<ServerPushes[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} push`)), timeoutMs);
    socket.once(event as string, (data: ServerPushes[E]) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

/**
 * Resolves once the socket has received everything the server sent it so far: a round trip on
 * the same connection, whose answer comes after every earlier push. Lets a test check that
 * something was *not* pushed without sleeping.
 */
export async function settled(socket: Socket): Promise<void> {
  const ack = await socket.emitWithAck('unsubscribe', {
    room: 'post:00000000-0000-4000-8000-000000000000',
  });
  if (!(ack as { ok?: boolean }).ok) throw new Error(`no round trip: ${JSON.stringify(ack)}`);
}

/** For polling loops that wait for a condition (never to wait for time itself). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
