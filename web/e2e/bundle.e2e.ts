import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '../dist');

/**
 * The JavaScript the home page downloads before it can run: the entry (which holds the home
 * route) and its modulepreloads, held at the goal of 200 KB, in bytes (React, Mantine, Apollo
 * Client, React Router and i18next alone make about 165 KB; 197.3 KB measured), so that it never
 * grows back.
 */
const INITIAL_JS_BUDGET = 200_000;

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The scripts index.html loads up front, as paths under dist. */
function initialScripts(html: string): string[] {
  const paths = [...html.matchAll(/<(script|link)\b[^>]*>/g)].flatMap(([tag, name]) => {
    const path =
      name === 'script'
        ? attribute(tag, 'src')
        : attribute(tag, 'rel') === 'modulepreload'
          ? attribute(tag, 'href')
          : undefined;
    return path?.endsWith('.js') ? [path] : [];
  });
  return [...new Set(paths)];
}

describe('the built SPA', () => {
  it('keeps the initial JavaScript of the home page within its gzip budget', () => {
    const scripts = initialScripts(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((path) => ({
      path,
      gzip: gzipSync(readFileSync(join(WEB_DIST, path)), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    console.log(
      [
        `initial JS: ${total} bytes gzip (${(total / 1000).toFixed(1)} KB, budget ${INITIAL_JS_BUDGET / 1000} KB)`,
        ...sizes.map(({ path, gzip }) => `  ${String(gzip).padStart(8)}  ${path}`),
      ].join('\n'),
    );
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('ships no source maps', () => {
    const maps = readdirSync(WEB_DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.map'),
    );
    expect(maps).toEqual([]);
  });
});
