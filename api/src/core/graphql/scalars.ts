import { GraphQLScalarType, Kind } from 'graphql';
import type { BuildSchemaOptions } from '@nestjs/graphql';
import { invalidDateTime, parseDateTime } from '../validation/input-values.js';

const parse = (value: unknown): Date => {
  const date = typeof value === 'string' ? parseDateTime(value) : null;
  if (!date) throw invalidDateTime(value);
  return date;
};

/** ISO 8601 date-times that exist on the calendar, years 1 to 9999. */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description:
    'A date-time in ISO 8601, such as 2026-12-02T09:00:00Z or 2026-12-02T18:00:00+09:00; always answered in UTC.',
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});

/** Shared by the running server and the schema printer, so `schema.gql` matches what is served. */
export const BUILD_SCHEMA_OPTIONS: BuildSchemaOptions = {
  scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
};
