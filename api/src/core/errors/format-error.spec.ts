import { GraphQLError } from 'graphql';
import { formatError } from './format-error.js';
import { AppError } from './app-error.js';

describe('formatError', () => {
  it('keeps our codes and fields but never a stack trace', () => {
    const e = new AppError('CONFLICT', 'taken', {
      fields: [{ field: 'email', issue: 'TAKEN', message: 'taken' }],
    });
    const out = formatError(
      { message: 'taken', extensions: { ...e.extensions, stacktrace: ['at x'] } },
      e,
    );
    expect(out.extensions).toEqual({
      code: 'CONFLICT',
      fields: [{ field: 'email', issue: 'TAKEN', message: 'taken' }],
    });
  });

  it('hides unexpected errors behind INTERNAL and a plain message', () => {
    const out = formatError(
      {
        message: 'relation "members" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] },
      },
      new Error('relation "members" does not exist'),
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL' });
    expect(out.message).not.toMatch(/relation/);
  });

  it('maps Apollo request errors to BAD_REQUEST and restores our validation-rule codes', () => {
    expect(
      formatError({ message: 'x', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions,
    ).toEqual({ code: 'BAD_REQUEST' });
    const own = new GraphQLError('deep', { extensions: { code: 'QUERY_TOO_DEEP' } });
    const wrapped = new GraphQLError('deep', {
      originalError: own,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      formatError({ message: 'deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped)
        .extensions?.code,
    ).toBe('QUERY_TOO_DEEP');
  });
});
