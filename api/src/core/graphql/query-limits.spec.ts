import { buildSchema, parse, validate } from 'graphql';
import { shapeLimitRule } from './query-limits.js';

const schema = buildSchema(`type Query { node: Node } type Node { id: ID child: Node }`);
const check = (q: string, depth = 3, aliases = 2) =>
  validate(schema, parse(q), [shapeLimitRule(depth, aliases)]).map((e) => e.extensions.code);

describe('shapeLimitRule', () => {
  it('counts depth through fragments and inline fragments', () => {
    expect(check(`{ node { child { id } } }`)).toEqual([]);
    expect(check(`{ node { child { child { id } } } }`)).toEqual(['QUERY_TOO_DEEP']);
    expect(
      check(`{ node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }`),
    ).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts aliases, including those repeated by spreading a fragment twice', () => {
    expect(check(`{ a: node { id } b: node { id } }`)).toEqual([]);
    expect(check(`{ a: node { ...F } b: node { ...F } } fragment F on Node { x: id }`)).toEqual([
      'TOO_MANY_ALIASES',
    ]);
  });
});
