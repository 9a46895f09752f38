import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Express } from 'express';
import { PrototypedExpressAdapter } from './express-adapter.js';

describe('PrototypedExpressAdapter', () => {
  let server: Server;
  let app: Express;
  const arrived: boolean[] = [];

  beforeAll(async () => {
    const adapter = new PrototypedExpressAdapter();
    adapter.initHttpServer({});
    app = adapter.getInstance<Express>();
    app.get('/echo', (req, res) => {
      res.status(201).json({ q: req.query.q, app: req.app === app });
    });
    server = adapter.getHttpServer() as Server;
    // Before Express sees them: what the server itself made.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      arrived.push(
        Object.getPrototypeOf(req) === app.request && Object.getPrototypeOf(res) === app.response,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("makes requests and responses with Express's prototypes, which Express then serves", async () => {
    const { port } = server.address() as AddressInfo;
    for (const q of ['こんにちは', 'again']) {
      const res = await fetch(`http://127.0.0.1:${port}/echo?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ q, app: true });
    }
    expect(arrived).toEqual([true, true]);
  });
});
