import { Writable } from 'node:stream';
import { pino } from 'pino';
import { AppLogger } from './app-logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: new AppLogger(pino({ level: 'trace' }, stream)) };
}

describe("Nest's logger over pino", () => {
  it('writes messages with their level and the context Nest passes last', () => {
    const { lines, logger } = capture();
    logger.log('ready', 'Boot');
    logger.warn('%d waiting', 3, 'Outbox');
    logger.verbose('detail');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'ready', context: 'Boot' }),
      expect.objectContaining({ level: 40, msg: '3 waiting', context: 'Outbox' }),
      expect.objectContaining({ level: 10, msg: 'detail' }),
    ]);
    expect(lines[2]).not.toHaveProperty('context');
  });

  it('takes fields first, as pino does, and errors with their stack', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('queue unreachable'), job: 7 }, 'after-commit work failed', 'Db');
    logger.error(new Error('plain'), 'Db');
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'after-commit work failed',
      context: 'Db',
      job: 7,
      err: {
        message: 'queue unreachable',
        stack: expect.stringContaining('Error: queue unreachable'),
      },
    });
    expect(lines[1]).toMatchObject({ context: 'Db', err: { message: 'plain' } });
  });

  it("keeps the stack Nest's own exception handlers pass as a second message", () => {
    const { lines, logger } = capture();
    const stack = 'Error: boom\n    at handler (app.js:1:1)';
    logger.error('boom', stack, 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      err: { message: 'boom', stack },
    });
  });
});
