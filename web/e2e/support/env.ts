import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

export type Lang = 'ja' | 'en';

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../src/locales');

export const baseUrl = (): string => {
  const url = process.env.KIZUNA_E2E_URL;
  if (!url) throw new Error('KIZUNA_E2E_URL is not set: run through `npm run e2e`.');
  return url;
};

export const DEMO_PASSWORD = 'komorebi-demo-2026';
export const demoEmail = (name: 'admin' | 'moderator' | 'product' | 'haruka_s') =>
  `${name}@komorebi.example`;

const cache = new Map<string, unknown>();

/** The UI text for `ns:key.path` in a language, so tests follow the locale files. */
export function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, path] = key.split(':');
  const file = join(LOCALES_DIR, lang, `${ns}.json`);
  if (!cache.has(file)) {
    // A namespace's texts the first download leaves out are in `<ns>-more.json`.
    const more = join(LOCALES_DIR, lang, `${ns}-more.json`);
    cache.set(file, {
      ...JSON.parse(readFileSync(file, 'utf8')),
      ...(existsSync(more) ? JSON.parse(readFileSync(more, 'utf8')) : {}),
    });
  }
  let node = cache.get(file) as Record<string, unknown> | string | undefined;
  for (const part of path.split('.'))
    node = (node as Record<string, unknown> | undefined)?.[part] as never;
  if (typeof node !== 'string') throw new Error(`No text for ${lang} ${key}`);
  return node.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh, isolated browser profile (cookies, storage) for one person. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1280, height: 900 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context;
}

/** Waits until the element is on screen (Playwright auto-waits; Jest's expect does not). */
export async function shown(locator: Locator, timeout = 30_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/**
 * Waits for an open menu to hold the focus. Menus take it on a timer once shown; arrow keys
 * pressed before that reach the menu's button and do nothing.
 */
export async function menuFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="menu"]'));
}

let counter = 0;
/** Unique enough for handles: lower-case letters and digits, starting with a letter. */
export function uniqueId(): string {
  counter += 1;
  return `u${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

/** Matches an input's label whether or not it carries the required asterisk. */
export function label(textOfLabel: string): RegExp {
  return new RegExp(`^${textOfLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}
