import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Express gives each request and response its own prototype as it arrives
 * (`Object.setPrototypeOf` in `app.handle`). Objects whose prototype changed kept part of every
 * request alive through young-generation collections (12% of what a bare request allocated, to be
 * freed only by a full collection), and so did objects a plain function made through
 * `Reflect.construct` with another prototype (5%); instances of a class, none. The server here
 * makes requests and responses as instances of classes whose prototypes lead to Express's, so
 * Express's assignment changes nothing.
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options.httpsOptions || options.return503OnClosing || options.forceCloseConnections) {
      return super.initHttpServer(options);
    }
    const app = this.getInstance<Express>();
    class Request extends IncomingMessage {}
    class Response<R extends IncomingMessage> extends ServerResponse<R> {}
    Object.setPrototypeOf(Request.prototype, app.request);
    Object.setPrototypeOf(Response.prototype, app.response);
    app.request = Request.prototype as Express['request'];
    app.response = Response.prototype as unknown as Express['response'];
    this.httpServer = createServer({ IncomingMessage: Request, ServerResponse: Response }, app);
  }
}
