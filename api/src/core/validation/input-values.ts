import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { FieldError } from '@kizuna/shared';
import { invalid } from '../errors/app-error.js';

/** C0 and C1 control characters other than tab, line feed and carriage return. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a piece of text cannot be stored, or null when it can. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) return 'Remove the control characters (such as NUL) from this text.';
  if (LONE_SURROGATE.test(value))
    return 'This text holds a broken character (a lone surrogate); type it again.';
  return null;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date-time in ISO 8601 that exists on the calendar and falls between the years 1 and 9999
 * (JavaScript and PostgreSQL disagree outside that range), or null.
 */
export function parseDateTime(value: string): Date | null {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate()) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const DATE_MESSAGE = 'Enter a real date and time in ISO 8601, such as 2026-12-02T09:00:00+09:00.';

/**
 * Checks every text and date-time an operation passes, inline or in variables, before anything
 * resolves: PostgreSQL refuses NUL bytes and ill-formed text, and dates it cannot hold, so these
 * must fail as VALIDATION_FAILED naming the field rather than reach the database. Fields are
 * named as the input DTOs name them: an input object's own fields by their path inside it, a
 * plain argument by its name.
 */
export function checkInputValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  const problems: FieldError[] = [];
  const report = (path: Array<string | number>, message: string, issue: FieldError['issue']) => {
    if (problems.length < 20) problems.push({ field: path.join('.'), issue, message });
  };

  const checkLeaf = (type: GraphQLInputType, value: unknown, path: Array<string | number>) => {
    if (typeof value !== 'string') return;
    const named = getNamedType(type);
    if (named.name === 'DateTime') {
      if (!parseDateTime(value)) report(path, DATE_MESSAGE, 'INVALID_FORMAT');
      return;
    }
    const problem = textProblem(value);
    if (problem) report(path, problem, 'INVALID_CHARACTERS');
  };

  /** A value given in variables (plain JSON), checked against its declared type. */
  const checkJson = (type: GraphQLInputType, value: unknown, path: Array<string | number>) => {
    if (value === null || value === undefined) return;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (Array.isArray(value))
        value.forEach((v, i) => checkJson(inner.ofType as GraphQLInputType, v, [...path, i]));
      else checkJson(inner.ofType as GraphQLInputType, value, path);
    } else if (isInputObjectType(inner)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const fields = inner.getFields();
      for (const [key, v] of Object.entries(value as Record<string, unknown>))
        if (fields[key]) checkJson(fields[key].type, v, [...path, key]);
    } else if (isScalarType(inner)) {
      checkLeaf(inner, value, path);
    }
  };

  /** A value written in the document, where variables may appear at any depth. */
  const checkNode = (type: GraphQLInputType, node: ValueNode, path: Array<string | number>) => {
    const inner = getNullableType(type);
    switch (node.kind) {
      case Kind.VARIABLE:
        checkJson(type, variables?.[node.name.value], path);
        return;
      case Kind.LIST:
        if (isListType(inner))
          node.values.forEach((v, i) =>
            checkNode(inner.ofType as GraphQLInputType, v, [...path, i]),
          );
        return;
      case Kind.OBJECT:
        if (isInputObjectType(inner)) {
          const fields = inner.getFields();
          for (const f of node.fields)
            if (fields[f.name.value])
              checkNode(fields[f.name.value].type, f.value, [...path, f.name.value]);
        }
        return;
      case Kind.STRING:
        if (isListType(inner)) checkNode(inner.ofType as GraphQLInputType, node, path);
        else checkLeaf(inner, node.value, path);
        return;
      default:
        return;
    }
  };

  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (!arg) return;
        // An input object's fields are named by their path inside it, as the DTOs report them.
        const root = isInputObjectType(getNamedType(arg.type)) ? [] : [node.name.value];
        checkNode(arg.type, node.value, root);
      },
    }),
  );
  if (problems.length) throw invalid(problems, { status: 400 });
}

/** Thrown by the DateTime scalar for values that slipped past the checks above. */
export const invalidDateTime = (value: unknown) =>
  new GraphQLError(
    `${JSON.stringify(value)?.slice(0, 40)} is not a date and time. ${DATE_MESSAGE}`,
  );
