import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Apollo hands the compiled executor a request context of its own making (see
 * compiled-execution.ts). Its HTTP part was an object literal with a getter and a setter closing
 * over the whole request, and every request's objects then outlived young-generation
 * collections, to be freed only by a full one (patched in patches/). Here 2,000 requests, each
 * holding 50 rows, go through it with young-generation collections in between; the old
 * generation grew by 8 MB unpatched.
 */
const CHECK = `
const { makeGatewayGraphQLRequestContext: make } = await import(process.argv[1]);
const v8 = await import('node:v8');
const old = () =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const request = () => ({
  request: {},
  response: { http: { headers: new Map([['x', '1']]), status: undefined } },
  contextValue: { rows: Array.from({ length: 50 }, (_, i) => ({ id: 'row-' + i, n: i })) },
});
const first = request();
const made = make(first, { logger: console }, {});
made.response.http.status = 418;
gc();
gc();
const before = old();
for (let i = 0; i < 2000; i++) {
  make(request(), { logger: console }, {});
  if (i % 100 === 0) gc({ type: 'minor' });
}
gc({ type: 'minor' });
gc({ type: 'minor' });
console.log(JSON.stringify({
  grewKB: Math.round((old() - before) / 1024),
  status: [first.response.http.status, made.response.http.status],
  header: made.response.http.headers.get('x'),
}));
`;

describe("Apollo's gateway request context", () => {
  const cjs = join(
    dirname(createRequire(import.meta.url).resolve('@apollo/server')),
    'utils/makeGatewayGraphQLRequestContext.js',
  );
  it.each([
    ['ES module', cjs.replace(join('dist', 'cjs'), join('dist', 'esm'))],
    ['CommonJS', cjs],
  ])('is freed with its request by young-generation collections (%s)', async (_kind, file) => {
    const { stdout } = await run(process.execPath, [
      '--expose-gc',
      '--input-type=module',
      '-e',
      CHECK,
      file,
    ]);
    const { grewKB, ...rest } = JSON.parse(stdout) as { grewKB: number };
    expect(rest).toEqual({ status: [418, 418], header: '1' });
    expect(grewKB).toBeLessThan(1024);
  });
});
