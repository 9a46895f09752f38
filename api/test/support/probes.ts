import { randomBytes } from 'node:crypto';
import { until } from './settle.js';

/**
 * An anonymous query of `levels` fragments, each spreading the next twice, with random names:
 * about 1 KB for 20 levels, 2^levels fields once expanded.
 */
export function fragmentBomb(levels: number): string {
  const names = Array.from({ length: levels + 1 }, () => `F${randomBytes(4).toString('hex')}`);
  const defs = names
    .slice(0, -1)
    .map((n, i) => `fragment ${n} on Query{...${names[i + 1]} ...${names[i + 1]}}`);
  return `{...${names[0]}} ${defs.join(' ')} fragment ${names[levels]} on Query{__typename}`;
}

/** `n` runs of `task` at once; the settled results in order. */
export const concurrently = <T>(n: number, task: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => task(i)));

/**
 * `/readyz` once it answers 200. Its database check gives up after a short time, so on a loaded
 * machine a first answer may be 503 although nothing is wrong; readiness is what is waited for.
 */
export async function untilReady(url: string): Promise<Response> {
  let res!: Response;
  await until(async () => {
    res = await fetch(`${url}/readyz`);
    return res.status === 200;
  });
  return res;
}
