import i18next, { type i18n as I18n } from 'i18next';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, FieldIssue } from '@kizuna/shared';
import { resources } from '../locales';
import { errorMessage, fieldErrorMessage, mapErrorToForm, toAppError } from './errors';
import {
  firstIssue,
  maxLen,
  minLen,
  required,
  rule,
  handleFormat,
  httpUrl,
  intRange,
} from './validators';

async function makeI18n(lng: 'ja' | 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng,
    ns: Object.keys(resources.ja),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

const gqlError = (extensions: Record<string, unknown>, message = 'Server English text') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('toAppError', () => {
  it('reads the code, fields and wait from a GraphQL error', () => {
    const info = toAppError(
      gqlError({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.handle', issue: 'TOO_SHORT', message: 'x', params: { min: 3 } }],
      }),
    );
    expect(info.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(info.fields).toEqual([
      { field: 'handle', issue: 'TOO_SHORT', message: 'x', params: { min: 3 } },
    ]);
    expect(
      toAppError(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 29.2 })).retryAfterSeconds,
    ).toBe(30);
  });

  it('treats unknown codes as INTERNAL and unknown issues as INVALID_VALUE', () => {
    const info = toAppError(
      gqlError({ code: 'SOMETHING_NEW', fields: [{ field: 'a', issue: 'WEIRD', message: '' }] }),
    );
    expect(info.code).toBe(ErrorCode.INTERNAL);
    expect(info.fields[0].issue).toBe(FieldIssue.INVALID_VALUE);
  });

  it('reads the code from a non-2xx response body', () => {
    const response = new Response('', { status: 403 });
    const error = new ServerError('Response not successful', {
      response,
      bodyText: JSON.stringify({
        errors: [{ message: 'no', extensions: { code: 'CSRF_FAILED' } }],
      }),
    });
    expect(toAppError(error).code).toBe(ErrorCode.CSRF_FAILED);
    const html = new ServerError('bad gateway', {
      response: new Response('', { status: 502 }),
      bodyText: '<html>Bad gateway</html>',
    });
    expect(toAppError(html).code).toBe(ErrorCode.INTERNAL);
  });

  it('calls anything else a network failure', () => {
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe.each(['ja', 'en'] as const)('messages in %s', (lng) => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await makeI18n(lng);
  });

  it('translates every error code, never echoing the server text', () => {
    for (const code of Object.values(ErrorCode)) {
      const text = errorMessage(i18n.t, toAppError(gqlError({ code })));
      expect(text).not.toBe('');
      expect(text).not.toContain('errors:');
      expect(text).not.toContain('Server English text');
    }
  });

  it('includes the wait in seconds for RATE_LIMITED', () => {
    const text = errorMessage(
      i18n.t,
      toAppError(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 42 })),
    );
    expect(text).toContain('42');
  });

  it('interpolates params into field issues', () => {
    expect(
      fieldErrorMessage(i18n.t, { field: 'password', issue: 'TOO_SHORT', params: { min: 10 } }),
    ).toContain('10');
    expect(
      fieldErrorMessage(i18n.t, { field: 'bio', issue: 'TOO_LONG', params: { max: 500 } }),
    ).toContain('500');
    const range = fieldErrorMessage(i18n.t, {
      field: 'maxUses',
      issue: 'OUT_OF_RANGE',
      params: { min: 1, max: 10000 },
    });
    expect(range).toContain('1');
    expect(range).toContain('10000');
  });

  it('never shows a raw placeholder when params are missing', () => {
    for (const issue of Object.values(FieldIssue)) {
      const text = fieldErrorMessage(i18n.t, { field: 'anything', issue });
      expect(text).not.toMatch(/{{|errors:/);
    }
  });

  it('prefers a field-specific text', () => {
    const specific = fieldErrorMessage(i18n.t, { field: 'email', issue: 'TAKEN' });
    const general = fieldErrorMessage(i18n.t, { field: 'nickname', issue: 'TAKEN' });
    expect(specific).toBe(i18n.t('errors:fieldIssues.email.TAKEN'));
    expect(general).toBe(i18n.t('errors:issues.TAKEN'));
    expect(specific).not.toBe(general);
  });

  it('puts field errors on the form inputs and the rest in the form message', () => {
    const error = gqlError({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'handle', issue: 'INVALID_FORMAT', message: '' },
        { field: 'password', issue: 'TOO_SHORT', message: '', params: { min: 10 } },
        { field: 'somethingElse', issue: 'REQUIRED', message: '' },
      ],
    });
    const mapped = mapErrorToForm(i18n.t, error, ['email', 'password', 'handle']);
    expect(Object.keys(mapped.fieldErrors).sort()).toEqual(['handle', 'password']);
    expect(mapped.fieldErrors.password).toContain('10');
    expect(mapped.formMessage).toContain(i18n.t('errors:issues.REQUIRED'));
  });

  it('leaves no form message when every field error has an input', () => {
    const error = gqlError({
      code: 'CONFLICT',
      fields: [{ field: 'email', issue: 'TAKEN', message: '' }],
    });
    const mapped = mapErrorToForm(i18n.t, error, ['email', 'password']);
    expect(mapped.fieldErrors.email).toBe(i18n.t('errors:fieldIssues.email.TAKEN'));
    expect(mapped.formMessage).toBeNull();
  });

  it('renames server fields onto differently named inputs', () => {
    const error = gqlError({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'expiresAt', issue: 'OUT_OF_RANGE', message: '' }],
    });
    const mapped = mapErrorToForm(i18n.t, error, ['expiresIn'], { expiresAt: 'expiresIn' });
    expect(mapped.fieldErrors.expiresIn).toBe(i18n.t('errors:fieldIssues.expiresAt.OUT_OF_RANGE'));
  });

  it('uses the code for errors without fields', () => {
    const mapped = mapErrorToForm(i18n.t, gqlError({ code: 'INVALID_CREDENTIALS' }), ['email']);
    expect(mapped.fieldErrors).toEqual({});
    expect(mapped.formMessage).toBe(i18n.t('errors:codes.INVALID_CREDENTIALS'));
  });

  it('client rules give the same texts as the server', () => {
    const check = rule(i18n.t, 'handle', required, minLen(3), handleFormat);
    expect(check('')).toBe(i18n.t('errors:issues.REQUIRED'));
    expect(check('ab')).toBe(
      fieldErrorMessage(i18n.t, { field: 'handle', issue: 'TOO_SHORT', params: { min: 3 } }),
    );
    expect(check('Abc')).toBe(i18n.t('errors:fieldIssues.handle.INVALID_FORMAT'));
    expect(check('abc_1')).toBeNull();
  });
});

describe('validators', () => {
  it('count characters, not UTF-16 units', () => {
    expect(firstIssue('😀😀😀', [maxLen(3)])).toBeNull();
    expect(firstIssue('😀😀😀😀', [maxLen(3)])).toEqual({ issue: 'TOO_LONG', params: { max: 3 } });
  });

  it('accept only http(s) URLs', () => {
    expect(firstIssue('https://example.com/a.png', [httpUrl])).toBeNull();
    expect(firstIssue('javascript:alert(1)', [httpUrl])).toEqual({ issue: 'INVALID_FORMAT' });
    expect(firstIssue('', [httpUrl])).toBeNull();
  });

  it('check whole-number ranges', () => {
    expect(firstIssue('0', [intRange(1, 10)])).toEqual({
      issue: 'OUT_OF_RANGE',
      params: { min: 1, max: 10 },
    });
    expect(firstIssue('2.5', [intRange(1, 10)])).toEqual({ issue: 'INVALID_FORMAT' });
    expect(firstIssue('', [intRange(1, 10)])).toBeNull();
  });
});
