import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

type Constructor = new (...args: never[]) => object;

/** A constructor running `base` whose instances have `prototype` from the start. */
function constructing<T extends Constructor>(base: T, prototype: object): T {
  function Made(...args: unknown[]) {
    return Reflect.construct(base, args, Made) as object;
  }
  Made.prototype = prototype;
  return Made as unknown as T;
}

/**
 * Express gives each request and response its own prototype as it arrives
 * (`Object.setPrototypeOf` in `app.handle`). V8 handles objects whose prototype changed slowly,
 * and more of what each request allocates then lives on into the old generation: a quarter of an
 * empty query's allocations, against a tenth when the prototypes are in place from the start.
 * The server here makes requests and responses that way, so Express's assignment changes nothing.
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options.httpsOptions || options.return503OnClosing || options.forceCloseConnections) {
      return super.initHttpServer(options);
    }
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      {
        IncomingMessage: constructing<typeof IncomingMessage>(IncomingMessage, app.request),
        ServerResponse: constructing<typeof ServerResponse>(ServerResponse, app.response),
      },
      app,
    );
  }
}
