import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  type ExecutionResult,
} from 'graphql';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { CompiledOperations, withPlainFields } from './compiled-execution.js';
import { DateTimeScalar } from './scalars.js';

const Kind = new GraphQLEnumType({
  name: 'Kind',
  values: { TALK: { value: 'talk' }, QUESTION: { value: 'question' } },
});
const Input = new GraphQLInputObjectType({
  name: 'Input',
  fields: {
    title: { type: new GraphQLNonNull(GraphQLString) },
    kind: { type: new GraphQLNonNull(Kind), defaultValue: 'talk' },
    at: { type: DateTimeScalar },
    tags: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
  },
});
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    kind: { type: Kind },
    at: { type: DateTimeScalar },
    broken: {
      type: GraphQLString,
      resolve: () => {
        throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    missing: { type: new GraphQLNonNull(GraphQLString), resolve: async () => null },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(Input) } },
        resolve: (_root, { input }) => JSON.stringify(input),
      },
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: GraphQLInt, defaultValue: 2 } },
        resolve: async (_root, { first }: { first: number }, ctx: { at: Date }) =>
          Array.from({ length: first }, (_, i) => ({
            id: `i${i}`,
            kind: i % 2 ? 'question' : 'talk',
            at: ctx.at,
          })),
      },
    },
  }),
});

const context = { at: new Date('2026-12-02T09:00:00Z') };
const plain = (r: ExecutionResult) => JSON.parse(JSON.stringify(r)) as unknown;

/** The compiled operation answers as graphql-js's `execute` does, errors included. */
async function same(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  const operations = new CompiledOperations(schema);
  const compiled = await operations.run(document, operationName, context, variables);
  const reference = await execute({
    schema,
    document,
    operationName,
    contextValue: context,
    variableValues: variables,
  });
  expect(plain(compiled)).toEqual(plain(reference));
  // Compiled once, then run again from the cache with the same answer.
  expect(plain(await operations.run(document, operationName, context, variables))).toEqual(
    plain(reference),
  );
  return { compiled, reference };
}

describe('CompiledOperations', () => {
  it('applies defaults of arguments and of non-null input fields, and custom scalars', async () => {
    const { compiled } = await same(
      `query($i: Input!, $n: Int) { echo(input: $i) items(first: $n) { id kind at } }`,
      { i: { title: 't', at: '2026-12-02T18:00:00+09:00', tags: ['a'] } },
    );
    expect(compiled.data?.echo).toBe(
      '{"title":"t","kind":"talk","at":"2026-12-02T09:00:00.000Z","tags":["a"]}',
    );
    await same(`{ items { id kind } }`);
    await same(`query($n: Int = 3) { items(first: $n) { id kind } }`);
  });

  it('refuses variables that do not fit with the errors graphql-js gives', async () => {
    const { compiled } = await same(`query($i: Input!) { echo(input: $i) }`, {
      i: { title: 5, kind: 'NOPE', at: '2026-02-30T00:00:00Z', extra: 1 },
    });
    expect(compiled.errors?.length).toBeGreaterThan(1);
    await same(`query($i: Input!) { echo(input: $i) }`, {});
  });

  it('keeps the code of an error thrown by a resolver and nulls a missing non-null value', async () => {
    const { compiled } = await same(`{ items(first: 1) { id broken } }`);
    expect(compiled.errors?.[0]).toMatchObject({
      message: 'Not yours.',
      path: ['items', 0, 'broken'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(compiled.errors?.[0]).toBeInstanceOf(GraphQLError);
    await same(`{ items(first: 1) { id missing } }`);
  });

  it('answers introspection with the schema as it is', async () => {
    await same(`query($n: Int) { __schema { types { name } } items(first: $n) { id } }`, { n: 1 });
    await same(`{ __type(name: "KizunaCoercedVariable") { name } }`);
  });

  it('answers an unknown or ambiguous operation as graphql-js does', async () => {
    await same(`query A { items { id } } query B { items { kind } }`, undefined, 'C');
    await same(`query A { items { id } } query B { items { kind } }`);
    await same(`query A { items { id } } query B { items { kind } }`, undefined, 'B');
  });
});

@ObjectType()
class Thing {
  @Field()
  title: string;

  @Field({ name: 'label' })
  internalLabel: string;

  @Field(() => Int, { defaultValue: 0 })
  score: number;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): Thing[] {
    return [];
  }
}

describe('withPlainFields', () => {
  it('drops the resolvers Nest gives plain fields, keeps renamed and defaulted ones, answers the same', async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    // The schema as Nest builds it; the app's own resolvers are attached later, as here.
    const build = async () => {
      const built = await app.get(GraphQLSchemaFactory).create([ThingResolver]);
      built.getQueryType()!.getFields().things.resolve = () => [
        { title: 'a', internalLabel: 'A' },
        { title: 'b', internalLabel: 'B', score: 2 },
      ];
      return built;
    };
    const reference = await build();
    const schema = withPlainFields(await build());
    await app.close();

    const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();
    expect(fields.title.resolve).toBeUndefined();
    // Renamed, or with a default: kept.
    expect(fields.label.resolve).toBeDefined();
    expect(fields.score.resolve).toBeDefined();

    const document = parse('{ things { title label score } }');
    const compiled = await new CompiledOperations(schema).run(document, undefined, {}, undefined);
    const expected = await execute({ schema: reference, document, contextValue: {} });
    expect(plain(compiled)).toEqual(plain(expected));
    expect(compiled.data?.things).toEqual([
      { title: 'a', label: 'A', score: 0 },
      { title: 'b', label: 'B', score: 2 },
    ]);
  });
});
