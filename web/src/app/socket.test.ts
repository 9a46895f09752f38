import type { SocketAck } from '@kizuna/shared';
import { appendPage } from './apollo';
import { createBatcher } from './batch';
import { SocketHub, type KizunaSocket } from './socketHub';

type Listener = (...args: any[]) => void;

/** Just enough of a socket.io client socket, driven by the test. */
class FakeSocket {
  connected = false;
  active = true;
  listeners = new Map<string, Listener[]>();
  anyListeners: Listener[] = [];
  sent: [string, string][] = [];
  ack: SocketAck = { ok: true };
  connectCalls = 0;
  disconnected = false;

  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  onAny(fn: Listener) {
    this.anyListeners.push(fn);
    return this;
  }
  offAny() {
    this.anyListeners = [];
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
  timeout() {
    return this;
  }
  emitWithAck(event: string, payload: { room: string }) {
    this.sent.push([event, payload.room]);
    return Promise.resolve(this.ack);
  }
  connect() {
    this.connectCalls += 1;
    return this;
  }
  disconnect() {
    this.disconnected = true;
    this.connected = false;
    return this;
  }

  // Test drivers.
  fire(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
  serverConnects() {
    this.connected = true;
    this.fire('connect');
  }
  serverDrops() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }
  push(event: string, payload: unknown) {
    for (const fn of this.anyListeners) fn(event, payload);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const connections: boolean[] = [];
  const refusals: (() => void)[] = [];
  const hub = new SocketHub({
    create: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as KizunaSocket;
    },
    onConnected: (reconnected) => connections.push(reconnected),
    onRefused: (retry) => refusals.push(retry),
  });
  return { hub, sockets, connections, refusals };
}

describe('SocketHub', () => {
  it('connects once, and subscribes rooms joined before the connection on connect', () => {
    const { hub, sockets } = setup();
    const leave = hub.join('post:1');
    hub.start();
    hub.start();
    expect(sockets).toHaveLength(1);
    expect(sockets[0].connectCalls).toBe(1);
    expect(sockets[0].sent).toEqual([]);
    sockets[0].serverConnects();
    expect(sockets[0].sent).toEqual([['subscribe', 'post:1']]);
    leave();
    expect(sockets[0].sent).toEqual([
      ['subscribe', 'post:1'],
      ['unsubscribe', 'post:1'],
    ]);
  });

  it('counts the users of a room and leaves it with the last one', () => {
    const { hub, sockets } = setup();
    hub.start();
    sockets[0].serverConnects();
    const a = hub.join('post:1');
    const b = hub.join('post:1');
    expect(sockets[0].sent).toEqual([['subscribe', 'post:1']]);
    a();
    a();
    expect(sockets[0].sent).toHaveLength(1);
    expect(hub.roomNames).toEqual(['post:1']);
    b();
    expect(sockets[0].sent).toEqual([
      ['subscribe', 'post:1'],
      ['unsubscribe', 'post:1'],
    ]);
    expect(hub.roomNames).toEqual([]);
  });

  it('asks for a resync once connected, and after a reconnection subscribes its rooms again', () => {
    const { hub, sockets, connections } = setup();
    hub.start();
    const socket = sockets[0];
    expect(connections).toHaveLength(0);
    socket.serverConnects();
    expect(connections).toEqual([false]);
    hub.join('post:1');
    hub.join('post:2');
    socket.serverDrops();
    socket.sent = [];
    socket.serverConnects();
    expect(socket.sent).toEqual([
      ['subscribe', 'post:1'],
      ['subscribe', 'post:2'],
    ]);
    expect(connections).toEqual([false, true]);
  });

  it('delivers pushes to the handlers of that event until they stop', () => {
    const { hub, sockets } = setup();
    hub.start();
    const seen: unknown[] = [];
    const stop = hub.on('notification:new', (p) => seen.push(p.unreadCount));
    hub.on('post:new', () => seen.push('wrong'));
    sockets[0].push('notification:new', { id: 'n', kind: 'mention', unreadCount: 3 });
    stop();
    sockets[0].push('notification:new', { id: 'n', kind: 'mention', unreadCount: 4 });
    expect(seen).toEqual([3]);
  });

  it('closes the socket on stop and starts a fresh one, connecting anew, next time', () => {
    const { hub, sockets, connections } = setup();
    hub.start();
    sockets[0].serverConnects();
    hub.stop();
    expect(sockets[0].disconnected).toBe(true);
    expect(hub.active).toBe(false);
    hub.start();
    sockets[1].serverConnects();
    expect(sockets).toHaveLength(2);
    expect(connections).toEqual([false, false]);
  });

  it('asks what to do when the server refuses or ends the connection', () => {
    const { hub, sockets, refusals } = setup();
    hub.start();
    const socket = sockets[0];
    socket.fire('connect_error', new Error('transport'));
    expect(refusals).toHaveLength(0);
    socket.active = false;
    socket.fire('connect_error', new Error('UNAUTHENTICATED'));
    expect(refusals).toHaveLength(1);
    const retry = refusals[0];
    retry();
    expect(socket.connectCalls).toBe(2);
    socket.serverConnects();
    socket.fire('disconnect', 'io server disconnect');
    expect(refusals).toHaveLength(2);
    hub.stop();
    retry();
    expect(socket.connectCalls).toBe(2);
  });
});

describe('appendPage', () => {
  it('appends a later page without repeating entities already listed', () => {
    const existing = {
      nodes: [{ __ref: 'Comment:1' }, { __ref: 'Comment:2' }],
      pageInfo: { n: 1 },
    };
    const incoming = {
      nodes: [{ __ref: 'Comment:2' }, { __ref: 'Comment:3' }],
      pageInfo: { n: 2 },
    };
    expect(appendPage(existing, incoming)).toEqual({
      nodes: [{ __ref: 'Comment:1' }, { __ref: 'Comment:2' }, { __ref: 'Comment:3' }],
      pageInfo: { n: 2 },
    });
  });
});

describe('createBatcher', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('hands a burst of keys over once, and nothing after cancel', async () => {
    const flushed: string[][] = [];
    const batch = createBatcher<string>((keys) => flushed.push(keys), 10);
    batch.add('a');
    batch.add('b');
    batch.add('a');
    expect(flushed).toEqual([]);
    await wait(40);
    expect(flushed).toEqual([['a', 'b']]);
    batch.add('c');
    batch.cancel();
    await wait(40);
    expect(flushed).toEqual([['a', 'b']]);
  });
});
