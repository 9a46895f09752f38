import type { Page } from 'playwright-core';
import { baseUrl, uniqueId } from './env';

/** Runs a GraphQL operation from inside the page, with its cookies and CSRF token. */
export async function gql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  if (!page.url().startsWith(baseUrl())) await page.goto('/');
  const csrf = (await page.context().cookies()).find((c) => c.name === 'kizuna_csrf')?.value;
  const res = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ?? '' },
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** A new space (the page must be signed in as staff); returns its slug and id. */
export async function createSpace(page: Page, name = 'E2E'): Promise<{ id: string; slug: string }> {
  const slug = `e2e-${uniqueId()}`.slice(0, 40);
  const data = await gql<{ createSpace: { id: string; slug: string } }>(
    page,
    'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id slug } }',
    {
      input: {
        slug,
        nameJa: `${name} スペース`,
        nameEn: `${name} space`,
        icon: '☕',
        color: '#2f9e76',
      },
    },
  );
  return data.createSpace;
}

export async function createPost(
  page: Page,
  input: { spaceId: string; title: string; body: string; kind?: string },
): Promise<string> {
  const data = await gql<{ createPost: { id: string } }>(
    page,
    'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }',
    { input: { kind: 'TALK', ...input } },
  );
  return data.createPost.id;
}

/** A 2×2 red PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
);

export interface NewEvent {
  title?: string;
  /** Hours from now to the start; the event lasts two hours. */
  startsInHours?: number;
  capacity?: number | null;
  kind?: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  spaceId?: string;
  minRankPosition?: number;
  guestsAllowed?: number;
  publish?: boolean;
}

/** A published event (the page must be signed in as staff); returns its id and title. */
export async function createEvent(
  page: Page,
  o: NewEvent = {},
): Promise<{ id: string; title: string; startsAt: string }> {
  const startsAt = new Date(Date.now() + (o.startsInHours ?? 48) * 3_600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const online = o.kind === 'ONLINE';
  const data = await gql<{ createEvent: { id: string; title: string; startsAt: string } }>(
    page,
    'mutation($i: CreateEventInput!) { createEvent(input: $i) { id title startsAt } }',
    {
      i: {
        title: o.title ?? `焙煎ワークショップ ${uniqueId()}`,
        description: '浅煎りと深煎りを**飲み比べ**ます。',
        kind: o.kind ?? 'IN_PERSON',
        venueName: online ? null : '渋谷ロースタリー',
        venueAddress: online ? null : '東京都渋谷区神南 1-2-3',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: 'Asia/Tokyo',
        capacity: o.capacity ?? null,
        guestsAllowed: o.guestsAllowed ?? 0,
        minRankPosition: o.minRankPosition ?? null,
        spaceId: o.spaceId ?? null,
        publish: o.publish ?? true,
      },
    },
  );
  return data.createEvent;
}

/** Answers an event as the page's member, through the api. */
export async function rsvpEvent(
  page: Page,
  eventId: string,
  status: 'GOING' | 'INTERESTED' | 'NOT_GOING',
  guests = 0,
): Promise<{ status: string; waitlistPosition: number | null }> {
  const data = await gql<{
    rsvpEvent: { viewerRsvp: { status: string; waitlistPosition: number | null } };
  }>(
    page,
    'mutation($i: RsvpInput!) { rsvpEvent(input: $i) { viewerRsvp { status waitlistPosition } } }',
    { i: { eventId, status, guests } },
  );
  return data.rsvpEvent.viewerRsvp;
}
