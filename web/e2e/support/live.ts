import type { Page } from 'playwright-core';

/** Polls until `check` holds (Jest's expect does not wait). */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeout = 30_000,
) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Resolves once socket.io's CONNECT answer arrived: the live connection is up. */
export function watchConnection(page: Page) {
  const received: string[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return;
    ws.on('framereceived', (f) => received.push(String(f.payload)));
  });
  return () => until(() => received.some((p) => p.startsWith('40{')), 'the live connection');
}

/**
 * Watches a page's socket.io frames, so a test starts acting only once the live connection (and
 * a room) is really there rather than sleeping.
 */
export function watchSocket(page: Page) {
  const received: string[] = [];
  const sent: string[] = [];
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/socket.io/')) return;
    ws.on('framereceived', (f) => received.push(String(f.payload)));
    ws.on('framesent', (f) => sent.push(String(f.payload)));
  });
  return {
    /** socket.io's CONNECT answer ("40{"sid":…}") arrived: the server accepted the session. */
    connected: () => until(() => received.some((p) => p.startsWith('40{')), 'the live connection'),
    /** The server acknowledged `subscribe` for this room with `{ok:true}`. */
    subscribed: (room: string) =>
      until(() => {
        const ids = sent
          .filter((p) => p.includes('"subscribe"') && p.includes(`"${room}"`))
          .map((p) => /^42(\d+)\[/.exec(p)?.[1])
          .filter(Boolean);
        return received.some((p) => ids.some((id) => p.startsWith(`43${id}[{"ok":true}`)));
      }, `the subscription to ${room}`),
  };
}

/** Resolves once the server acknowledged the page's `subscribe` to `room` with `{ok:true}`. */
export function watchRoom(page: Page, room: string) {
  const socket = watchSocket(page);
  return () => socket.subscribed(room);
}
