import { randomBytes } from 'node:crypto';

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
