import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { redactUrl, requestLogging, type RequestLogging } from './request-logging.js';

describe('request urls in the log', () => {
  it('hide the secrets links carry, and nothing else', () => {
    expect(redactUrl('/surveys/4f1c?t=abc.123.mac')).toBe('/surveys/4f1c?t=[redacted]');
    expect(redactUrl('/reset-password?lang=ja&token=s3cret&x=1')).toBe(
      '/reset-password?lang=ja&token=[redacted]&x=1',
    );
    expect(redactUrl('/a?T=1&token=2')).toBe('/a?T=[redacted]&token=[redacted]');
    expect(redactUrl('/search?q=t=1&at=2')).toBe('/search?q=t=1&at=2');
    expect(redactUrl(undefined)).toBeUndefined();
  });
});

describe('request logging', () => {
  async function serve(logging: RequestLogging, memberId?: string) {
    const server = createServer((req, res) =>
      logging.middleware(req, res, () => {
        if (memberId) Object.assign(req, { viewer: { memberId } });
        res.end(JSON.stringify({ id: (req as { id?: string }).id, logged: 'log' in req }));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      ask: async (path: string, headers: Record<string, string> = {}) => {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
        return {
          id: res.headers.get('x-request-id'),
          body: (await res.json()) as { id: string; logged: boolean },
        };
      },
      close: () => new Promise((resolve) => server.close(resolve)),
    };
  }

  it('writes one line a request with its id, member and status, and no secrets', async () => {
    const lines: Record<string, any>[] = [];
    let written!: () => void;
    const line = new Promise<void>((resolve) => (written = resolve));
    const destination = {
      write(chunk: string) {
        lines.push(JSON.parse(chunk));
        written();
      },
    };
    const server = await serve(requestLogging('info', destination), 'member-1');
    try {
      const answer = await server.ask('/reset-password?token=s3cret', {
        'x-request-id': 'abc-123',
        cookie: 'kizuna_session=secret',
      });
      expect(answer).toEqual({ id: 'abc-123', body: { id: 'abc-123', logged: true } });
      await line;
      expect(lines).toEqual([
        expect.objectContaining({
          level: 30,
          memberId: 'member-1',
          req: { id: 'abc-123', method: 'GET', url: '/reset-password?token=[redacted]' },
          res: { statusCode: 200 },
        }),
      ]);
      expect(JSON.stringify(lines)).not.toContain('secret');
    } finally {
      await server.close();
    }
  });

  it('still gives and echoes request ids when nothing is logged', async () => {
    const server = await serve(requestLogging('silent'));
    try {
      expect(await server.ask('/', { 'x-request-id': 'abc-123' })).toEqual({
        id: 'abc-123',
        body: { id: 'abc-123', logged: false },
      });
      const made = await server.ask('/', { 'x-request-id': 'not valid!' });
      expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.body.id).toBe(made.id);
    } finally {
      await server.close();
    }
  });
});
