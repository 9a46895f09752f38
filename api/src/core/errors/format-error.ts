import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@kizuna/shared';

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** Apollo's own codes for requests that never reached a resolver. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_REQUEST,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_REQUEST,
  BAD_USER_INPUT: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_REQUEST,
};

/**
 * Every error leaves with a code from the shared enum. Errors we did not expect (logged with their
 * stack by Nest's exception handler) are replaced by a plain message, so nothing internal leaks.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  // Apollo relabels every validation-rule error; our own rules carry their real code underneath.
  const own = (error as GraphQLError | undefined)?.originalError as GraphQLError | undefined;
  const ownCode = own?.extensions?.code;
  if (typeof ownCode === 'string' && KNOWN.has(ownCode)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { ...own!.extensions },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN.has(code) && code !== ErrorCode.INTERNAL) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  }
  if (APOLLO_CODES[code]) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: APOLLO_CODES[code] },
    };
  }
  return {
    message: 'Something went wrong on our side. Please try again in a moment.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}
