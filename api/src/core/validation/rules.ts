import { applyDecorators } from '@nestjs/common';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import type { FieldIssue } from '@kizuna/shared';

/** Each rule carries its issue code and numbers so the client can translate the message. */
const ctx = (
  issue: FieldIssue,
  message: string,
  params?: Record<string, number | string>,
  each = false,
): ValidationOptions => ({
  message,
  context: { issue, params },
  each,
});

export const Required = () => IsNotEmpty(ctx('REQUIRED', 'This field is required.'));
export const Optional = () => IsOptional();
/** Optional, but not null: an omitted field is left unchanged, null is refused. */
export const Omittable = () => ValidateIf((_o, v) => v !== undefined);
export const MinLen = (min: number) =>
  MinLength(min, ctx('TOO_SHORT', `Must be at least ${min} characters.`, { min }));
export const MaxLen = (max: number) =>
  MaxLength(max, ctx('TOO_LONG', `Must be at most ${max} characters.`, { max }));
export const EmailAddress = () =>
  applyDecorators(
    IsEmail({}, ctx('INVALID_FORMAT', 'Enter a valid email address.')),
    MaxLength(254, ctx('TOO_LONG', 'Must be at most 254 characters.', { max: 254 })),
  );
export const Pattern = (re: RegExp, message: string, each = false) =>
  Matches(re, ctx('INVALID_FORMAT', message, undefined, each));
export const OneOf = (values: readonly string[], each = false) =>
  IsIn(
    values as string[],
    ctx(
      'INVALID_VALUE',
      `Must be one of: ${values.join(', ')}.`,
      { values: values.join(', ') },
      each,
    ),
  );
export const WebUrl = () =>
  applyDecorators(
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      ctx('INVALID_FORMAT', 'Enter a full http(s) URL.'),
    ),
    MaxLength(2000, ctx('TOO_LONG', 'Must be at most 2000 characters.', { max: 2000 })),
  );
export const IntRange = (min: number, max: number) =>
  applyDecorators(
    IsInt(ctx('INVALID_FORMAT', 'Must be a whole number.')),
    Min(min, ctx('OUT_OF_RANGE', `Must be between ${min} and ${max}.`, { min, max })),
    Max(max, ctx('OUT_OF_RANGE', `Must be between ${min} and ${max}.`, { min, max })),
  );
/** Any number (not only whole ones) from `min` to `max`. */
export const NumberRange = (min: number, max: number) =>
  applyDecorators(
    Min(min, ctx('OUT_OF_RANGE', `Must be between ${min} and ${max}.`, { min, max })),
    Max(max, ctx('OUT_OF_RANGE', `Must be between ${min} and ${max}.`, { min, max })),
  );

const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];
export const TimeZone = () =>
  IsIn(TIME_ZONES, ctx('INVALID_VALUE', 'Use a time zone such as Asia/Tokyo.'));
