import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError, FieldIssue } from '@kizuna/shared';
import { invalid } from '../errors/app-error.js';
import { cacheValidationMetadata } from './metadata-cache.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {})
      .slice(0, 1)
      .map(([name, message]) => {
        const c = (e.contexts?.[name] ?? {}) as {
          issue?: FieldIssue;
          params?: FieldError['params'];
        };
        return {
          field,
          issue: c.issue ?? 'INVALID_VALUE',
          message,
          ...(c.params ? { params: c.params } : {}),
        };
      });
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validates what clients send (GraphQL arguments, REST bodies, queries and route parameters),
 * never what resolvers receive from their parents: a field resolver's parent row is ours.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(metadata.type) && super.toValidate(metadata);
  }
}
const CLIENT_INPUT = new Set<string>(['args', 'body', 'query', 'param']);

cacheValidationMetadata();

/** Validates every input DTO and answers VALIDATION_FAILED with one entry per wrong field. */
export const validationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => invalid(flatten(errors)),
});
