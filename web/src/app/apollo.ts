import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';

/** The current value of a cookie; read on every request since the server may rotate it. */
export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Double-submit CSRF: repeats the `kizuna_csrf` cookie in the `x-csrf-token` header. */
export const csrfLink = new ApolloLink((operation, forward) => {
  const token = readCookie(CSRF_COOKIE);
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, [CSRF_HEADER]: token },
    }));
  }
  return forward(operation);
});

type Connection = { nodes: unknown[]; pageInfo: unknown };

const refOf = (node: unknown): string | undefined =>
  node && typeof node === 'object' && '__ref' in node ? String(node.__ref) : undefined;

/**
 * A later page appended to what is cached, leaving out entities already there (a live update may
 * have fetched the same item before the page arrived).
 */
export function appendPage<C extends Connection>(existing: C, incoming: C): C {
  const seen = new Set(existing.nodes.map(refOf).filter(Boolean));
  const added = incoming.nodes.filter((n) => {
    const ref = refOf(n);
    return !ref || !seen.has(ref);
  });
  return { ...incoming, nodes: [...existing.nodes, ...added] };
}

/** Cursor connections: a page with `after` appends to what is cached for the same filters. */
export function connectionPolicy(keyArgs: string[] | false): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return appendPage(existing, incoming);
    },
  };
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([csrfLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Community: { keyFields: [] },
        Query: {
          fields: {
            members: connectionPolicy(['search', 'role', 'status']),
            invites: connectionPolicy(false),
            devMailbox: connectionPolicy(false),
            posts: connectionPolicy([
              'sort',
              'spaceSlug',
              'authorHandle',
              'tag',
              'kind',
              'solved',
              'pinned',
            ]),
            search: connectionPolicy([
              'query',
              'spaceSlug',
              'kind',
              'solved',
              'authorHandle',
              'from',
              'to',
            ]),
            memberComments: connectionPolicy(['handle']),
            spaces: connectionPolicy(false),
            postRevisions: connectionPolicy(['postId']),
            whoReacted: connectionPolicy(['targetType', 'targetId', 'kind']),
            notifications: connectionPolicy(['unreadOnly']),
            pointHistory: connectionPolicy(['handle']),
            // The calendar asks for larger pages than the list: kept apart by `first`.
            events: connectionPolicy(['filter', 'spaceId', 'kind', 'first']),
            eventAttendees: connectionPolicy(['eventId', 'search', 'status', 'first']),
            ideas: connectionPolicy([
              'boardId',
              'approval',
              'minVoterRankPosition',
              'sort',
              'status',
              'tag',
              'first',
            ]),
            changelog: connectionPolicy(['drafts', 'first']),
            surveyTextAnswers: connectionPolicy([
              'surveyId',
              'questionId',
              'filter',
              'search',
              'first',
            ]),
            auditLog: connectionPolicy([
              'action',
              'actorId',
              'from',
              'to',
              'search',
              'targetId',
              'targetType',
              'first',
            ]),
          },
        },
        Post: { fields: { comments: connectionPolicy(false) } },
        Comment: { fields: { replies: connectionPolicy(false) } },
        Badge: { fields: { holders: connectionPolicy(false) } },
        // Reaction counts belong to their post or comment; replace the list on every answer.
        ReactionCount: { keyFields: false },
        // A member's standing has no id of its own: the newest answer replaces it whole.
        Standing: { keyFields: false, merge: true },
        Leaderboard: { keyFields: ['period'], fields: { entries: connectionPolicy(false) } },
        LeaderboardEntry: { keyFields: false },
        // Feedback objects without ids belong to their idea (or to the one roadmap): documents
        // asking for different fields of them merge instead of replacing each other.
        OfficialAnswer: { keyFields: false, merge: true },
        IdeaDemand: { keyFields: false, merge: true },
        DemandBucket: { keyFields: false },
        Roadmap: { keyFields: false, merge: true },
      },
    }),
  });
}
