import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';

/**
 * Generated from the live schema: every text and date argument of every operation, at any depth
 * of its inputs, is fed values PostgreSQL cannot store or that no client should send. Each must
 * be refused with a typed error naming the field; none may reach the database as INTERNAL.
 */
let t: TestApp;
let admin: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
});
afterAll(() => t.close());

type Path = Array<string | number>;
interface Leaf {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** Inside the argument's value. */
  path: Path;
  kind: 'text' | 'date';
}

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** A value of `type` that passes coercion: required fields filled, optional ones left out. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f.type);
    return out;
  }
  switch (getNamedType(inner).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return SAMPLE_ID;
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    default:
      return 'x';
  }
}

/** Every String, ID and DateTime reachable from `type`, with its path. */
function leaves(
  type: GraphQLInputType,
  path: Path,
  seen: Set<string>,
): Array<[Path, 'text' | 'date']> {
  const inner = getNullableType(type);
  if (isListType(inner)) return leaves(inner.ofType as GraphQLInputType, [...path, 0], seen);
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return [];
    const next = new Set(seen).add(inner.name);
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], next));
  }
  if (!isScalarType(inner)) return [];
  if (inner.name === 'DateTime') return [[path, 'date']];
  return inner.name === 'String' || inner.name === 'ID' ? [[path, 'text']] : [];
}

/** `base` with `value` set at `path`, creating the objects and one-element lists on the way. */
function put(type: GraphQLInputType, base: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const inner = getNullableType(type);
  const [head, ...rest] = path;
  if (isListType(inner))
    return [
      put(inner.ofType as GraphQLInputType, sample(inner.ofType as GraphQLInputType), rest, value),
    ];
  if (!isInputObjectType(inner)) throw new Error(`no field ${head} in ${String(type)}`);
  const field = inner.getFields()[head as string];
  const obj = { ...(base as Record<string, unknown>) };
  obj[head as string] = put(field.type, obj[head as string] ?? sample(field.type), rest, value);
  return obj;
}

function allLeaves(): Leaf[] {
  const { schema } = t.app.get(GraphQLSchemaHost);
  const out: Leaf[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields()))
      for (const arg of field.args)
        for (const [path, kind] of leaves(arg.type, [], new Set()))
          out.push({ operation, field, arg, path, kind });
  }
  return out;
}

function request(leaf: Leaf, value: unknown) {
  const args = leaf.field.args.filter(
    (a) => a === leaf.arg || (isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const variables: Record<string, unknown> = {};
  for (const a of args)
    variables[a.name] =
      a === leaf.arg ? put(a.type, sample(a.type), leaf.path, value) : sample(a.type);
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(leaf.field.type)) || isEnumType(getNamedType(leaf.field.type))
      ? ''
      : ' { __typename }';
  return {
    query: `${leaf.operation}${decl ? `(${decl})` : ''} { ${leaf.field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
  };
}

/** How the api names the field: inside an input object by its path, a plain argument by name. */
const expectedField = (leaf: Leaf) =>
  (isInputObjectType(getNamedType(leaf.arg.type)) ? leaf.path : [leaf.arg.name, ...leaf.path]).join(
    '.',
  );

const BAD = {
  nul: 'before\u0000after',
  surrogate: 'broken \ud800 text',
  date: ['9999-99-99', '+275760-09-13T00:00:00Z', '2026-02-30'],
};

it('finds the text and date arguments to sweep', () => {
  const found = allLeaves();
  expect(found.length).toBeGreaterThan(100);
  expect(found.filter((l) => l.kind === 'date').length).toBeGreaterThan(3);
  expect(found.some((l) => l.field.name === 'createPost' && l.path.join('.') === 'title')).toBe(
    true,
  );
});

it('refuses NUL bytes and lone surrogates in every text argument, naming the field', async () => {
  const wrong: string[] = [];
  for (const leaf of allLeaves()) {
    for (const [name, value] of Object.entries({ nul: BAD.nul, surrogate: BAD.surrogate })) {
      const r = await admin.gql(
        ...(Object.values(request(leaf, value)) as [string, Record<string, unknown>]),
      );
      const e = r.errors?.[0]?.extensions;
      if (e?.code !== 'VALIDATION_FAILED' || e.fields?.[0]?.field !== expectedField(leaf))
        wrong.push(
          `${leaf.field.name}(${leaf.arg.name}) ${expectedField(leaf)} ${name}: ${JSON.stringify(r.errors ?? r.data)}`,
        );
    }
  }
  expect(wrong).toEqual([]);
});

it('refuses dates that do not exist or PostgreSQL cannot hold, naming the field', async () => {
  const wrong: string[] = [];
  for (const leaf of allLeaves().filter((l) => l.kind === 'date')) {
    for (const value of BAD.date) {
      const r = await admin.gql(
        ...(Object.values(request(leaf, value)) as [string, Record<string, unknown>]),
      );
      const e = r.errors?.[0]?.extensions;
      if (e?.code !== 'VALIDATION_FAILED' || e.fields?.[0]?.field !== expectedField(leaf))
        wrong.push(
          `${leaf.field.name} ${expectedField(leaf)} ${value}: ${JSON.stringify(r.errors ?? r.data)}`,
        );
    }
  }
  expect(wrong).toEqual([]);
});

it('refuses a 4 MB string in every text argument as too large', async () => {
  const huge = 'あ'.repeat((4 * 1024 * 1024) / 3);
  const wrong: string[] = [];
  for (const leaf of allLeaves()) {
    const res = await admin.raw(request(leaf, huge));
    const body = (await res.json()) as { errors?: Array<{ extensions: { code: string } }> };
    if (res.status !== 413 || body.errors?.[0]?.extensions.code !== 'PAYLOAD_TOO_LARGE')
      wrong.push(`${leaf.field.name} ${expectedField(leaf)}: ${res.status}`);
  }
  expect(wrong).toEqual([]);
  // One 4 MB request per text argument, one after another: the time grows with the schema.
}, 120_000);
