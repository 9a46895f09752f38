import { buildSchema, parse, validate } from 'graphql';
import { shapeLimitRule } from './query-limits.js';

const schema = buildSchema(`type Query { node: Node } type Node { id: ID child: Node }`);
const check = (q: string, depth = 3, aliases = 2, fields = 50) =>
  validate(schema, parse(q), [shapeLimitRule(depth, aliases, fields)]).map(
    (e) => e.extensions.code,
  );

/** Fragments each spreading the next twice: 2^levels fields once expanded. */
function doublingFragments(levels: number, leaf = 'id', type = 'Node'): string {
  const name = (i: number) => `F${i}_${(i * 7919).toString(36)}`;
  const defs = Array.from(
    { length: levels },
    (_, i) => `fragment ${name(i)} on ${type} { ...${name(i + 1)} ...${name(i + 1)} }`,
  );
  return `{ node { ...${name(0)} } } ${defs.join(' ')} fragment ${name(levels)} on ${type} { ${leaf} }`;
}

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

describe('expanded size', () => {
  it('counts every field a fragment spread adds, each time it is spread', () => {
    expect(check(doublingFragments(5), 10, 2, 50)).toEqual([]);
    expect(check(doublingFragments(6), 10, 2, 50)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a document that doubles itself forty times, measuring each fragment once', () => {
    expect(check(doublingFragments(40), 10, 2, 2000)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('treats unknown and cyclic fragments as empty, for the standard rules to report', () => {
    expect(check(`{ node { ...Missing } }`)).toEqual([]);
    expect(
      check(`{ node { ...A } } fragment A on Node { ...B } fragment B on Node { id ...A }`),
    ).toEqual([]);
  });
});
