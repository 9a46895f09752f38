import { parse } from 'graphql';
import { createApolloClient } from './apollo';

// Parsed here rather than tagged, so the code generator leaves this test's document alone.
const IDEAS = parse(`
  query Ideas($boardId: ID, $first: Int!, $after: String) {
    ideas(boardId: $boardId, first: $first, after: $after) {
      nodes {
        id
        title
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const page = (ids: string[], hasNextPage: boolean) => ({
  ideas: {
    __typename: 'IdeaConnection',
    nodes: ids.map((id) => ({ __typename: 'Idea', id, title: `idea ${id}` })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) ?? null },
  },
});

describe('the cache of paginated lists', () => {
  it('appends a later page to the list of the same filters, and keeps other filters apart', () => {
    const { cache } = createApolloClient();
    const write = (boardId: string, after: string | null, ids: string[], more: boolean) =>
      cache.writeQuery({
        query: IDEAS,
        variables: { boardId, first: 2, after },
        data: page(ids, more),
      });
    const read = (boardId: string) =>
      cache.readQuery<ReturnType<typeof page>>({
        query: IDEAS,
        variables: { boardId, first: 2, after: null },
      })?.ideas;
    write('b1', null, ['1', '2'], true);
    write('b2', null, ['9'], false);
    write('b1', '2', ['2', '3'], false);
    expect(read('b1')?.nodes.map((n) => n.id)).toEqual(['1', '2', '3']);
    expect(read('b1')?.pageInfo.hasNextPage).toBe(false);
    expect(read('b2')?.nodes.map((n) => n.id)).toEqual(['9']);
    // A first page asked again replaces the list rather than adding to it.
    write('b1', null, ['4', '1'], true);
    expect(read('b1')?.nodes.map((n) => n.id)).toEqual(['4', '1']);
  });
});
