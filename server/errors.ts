import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CurationError } from '../graph/curation/errors';
import { DealgraphError } from '../graph/errors';
import type { DealgraphErrorCode } from '../graph/errors';

/** extensions.code values this API emits, besides Apollo's own GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TIMEOUT: 'TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(
  code: ErrorCodeName,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string): GraphQLError => apiError(ErrorCode.BAD_USER_INPUT, message);
export const notFound = (message: string): GraphQLError => apiError(ErrorCode.NOT_FOUND, message);

const CURATION_CODES: Record<CurationError['code'], ErrorCodeName> = {
  CURATION_NOT_FOUND: ErrorCode.NOT_FOUND,
  CURATION_BAD_INPUT: ErrorCode.BAD_USER_INPUT,
  CURATION_CONFLICT: ErrorCode.CONFLICT,
};

/** DealgraphError codes a caller can act on; every other code is an internal failure. */
const DEALGRAPH_CODES: Partial<Record<DealgraphErrorCode, ErrorCodeName>> = {
  NOT_FOUND: ErrorCode.NOT_FOUND,
  BAD_INPUT: ErrorCode.BAD_USER_INPUT,
  NEO4J_UNAVAILABLE: ErrorCode.SERVICE_UNAVAILABLE,
  CONSTRAINT_VIOLATION: ErrorCode.CONFLICT,
  TIMEOUT: ErrorCode.TIMEOUT,
};

/**
 * graphql-js reports the token limit as a syntax error; it is a size limit, so it gets the limit code. Its
 * message says "more that" (sic) in graphql 16; both spellings are accepted.
 */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;
/** Driver error codes meaning Neo4j cannot be reached right now. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Gives every error a stable extensions.code: typed errors from graph/ are mapped, limit violations become
 * QUERY_TOO_COMPLEX, and anything unexpected is INTERNAL_SERVER_ERROR with its message hidden in production.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const ext = { ...(formatted.extensions ?? {}) };
    if (original instanceof CurationError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { ...ext, code: CURATION_CODES[original.code] },
      };
    }
    if (ext.limit !== undefined || TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return { ...formatted, extensions: { ...ext, code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const mapped = original instanceof DealgraphError ? DEALGRAPH_CODES[original.code] : undefined;
    if (mapped && mapped !== ErrorCode.SERVICE_UNAVAILABLE) {
      return {
        ...formatted,
        message: original instanceof Error ? original.message : formatted.message,
        extensions: { ...ext, code: mapped },
      };
    }
    const driverCode = (original as { code?: unknown } | null)?.code;
    if (
      mapped === ErrorCode.SERVICE_UNAVAILABLE ||
      (typeof driverCode === 'string' && UNAVAILABLE_CODES.has(driverCode))
    ) {
      return {
        message: 'The graph database is unavailable.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const known = original instanceof GraphQLError || typeof ext.code === 'string';
    if (!known || ext.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      if (production) {
        return {
          message: 'Internal server error.',
          path: formatted.path,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
      }
      return { ...formatted, extensions: { ...ext, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}
