import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError, FieldIssue } from '@kizuna/shared';
import { invalid } from '../errors/app-error.js';

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

/** Validates every input DTO and answers VALIDATION_FAILED with one entry per wrong field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => invalid(flatten(errors)),
});
