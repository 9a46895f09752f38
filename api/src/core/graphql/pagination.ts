import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { LIMITS } from '@kizuna/shared';
import { IntRange, MaxLen, Optional } from '../validation/rules.js';
import { invalidField } from '../errors/app-error.js';
import { isUuid } from '../ids.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${LIMITS.pageSizeMax}.` })
  @IntRange(1, LIMITS.pageSizeMax)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @Optional()
  @MaxLen(500)
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A Relay-style page of `T`: `nodes` and `pageInfo` (cursor pagination only, no offsets). */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Connection`)
  class PageClass {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return PageClass as Type<Connection<T>>;
}

/** Cursors are opaque to clients: base64url of the sort key values. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const CURSOR_PART = {
  date: (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  uuid: isUuid,
  int: (v: unknown) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  float: (v: unknown) => typeof v === 'string' && v.length < 40 && Number.isFinite(Number(v)),
} as const;

/** Decodes a cursor whose parts must be of the given kinds; anything else is VALIDATION_FAILED. */
export function decodeCursor(
  cursor: string | null | undefined,
  kinds: Array<keyof typeof CURSOR_PART>,
): string[] | null {
  if (!cursor) return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (
    Array.isArray(values) &&
    values.length === kinds.length &&
    kinds.every((k, i) => CURSOR_PART[k](values[i]))
  ) {
    return values as string[];
  }
  throw invalidField('after', 'INVALID_FORMAT', 'This page cursor is not valid. Reload the list.');
}

/** Builds a page from rows fetched with `first + 1` (the extra row tells whether more exist). */
export function toConnection<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T) => string[],
): Connection<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(cursorOf(last)) : null,
    },
  };
}
