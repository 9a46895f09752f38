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
