import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Namespace, Server, ServerOptions } from 'socket.io';
import { SOCKET_MAX_PAYLOAD_BYTES, SOCKET_PATH } from '@kizuna/shared';
import type { Config } from '../../config/env.js';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Browsers always send Origin on a cross-site socket request, so one that is present must be
 * this site's (any localhost port outside production, for the dev server). Same-origin polling
 * requests may carry none.
 */
export function originAllowed(config: Config, origin: string | undefined): boolean {
  if (origin === undefined) return true;
  if (origin === new URL(config.PUBLIC_URL).origin) return true;
  return !config.isProduction && LOCAL_ORIGIN.test(origin);
}

type PacketOptions = { wsPreEncodedFrame?: unknown };
type Encoding = { _encode?: (packet: unknown, opts: PacketOptions) => unknown };
type AdapterMaker = new (nsp: Namespace) => object;

/**
 * A broadcast encodes its WebSocket frame once for every socket, as a header and a payload
 * buffer; each socket then writes both, corked, which Node turns into a `writev` through the
 * stream's buffer. Joined into one buffer, each socket's write is a single plain `write` of the
 * same bytes, with less work a socket. `_encode` and `wsPreEncodedFrame` are socket.io-adapter's
 * own: a frame of any other shape, or an adapter without them, is left as it is.
 */
export function oneBufferFrames(Make: AdapterMaker): AdapterMaker {
  return function (nsp: Namespace) {
    const adapter = new Make(nsp) as Encoding;
    const encode = adapter._encode;
    if (typeof encode !== 'function') return adapter;
    adapter._encode = function (packet, opts) {
      const encoded = encode.call(this, packet, opts);
      const frame = opts.wsPreEncodedFrame;
      if (Array.isArray(frame) && frame.length === 2 && frame.every((b) => Buffer.isBuffer(b)))
        opts.wsPreEncodedFrame = [Buffer.concat(frame as Buffer[])];
      return encoded;
    };
    return adapter;
  } as unknown as AdapterMaker;
}

/** socket.io on the api's own HTTP server, linked to other instances through Redis when set. */
export class RealtimeIoAdapter extends IoAdapter {
  private redis: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: Config,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      cors: undefined,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      // A compression context on every socket costs far more memory than the small pushes
      // save, and a broadcast could no longer send one encoded frame to every socket.
      perMessageDeflate: false,
      allowRequest: (req: IncomingMessage, done: (err: string | null, ok: boolean) => void) =>
        done(null, originAllowed(this.config, req.headers.origin)),
    } as ServerOptions);
    let adapter = server.adapter() as unknown as AdapterMaker;
    if (this.config.REDIS_URL) {
      const pub = new Redis(this.config.REDIS_URL);
      const sub = pub.duplicate();
      this.redis.push(pub, sub);
      adapter = createAdapter(pub, sub) as unknown as AdapterMaker;
    }
    server.adapter(oneBufferFrames(adapter) as never);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.redis.splice(0).map((r) => r.quit().catch(() => r.disconnect())));
  }
}
