/**
 * Errors every layer can throw and the API can map to a status: the `code` is stable and machine-readable,
 * the message is for a person.
 */
export type DealgraphErrorCode =
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_START_FAILED'
  | 'NEO4J_QUERY_FAILED'
  | 'PREREQUISITE_MISSING'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'CONFIG_INVALID'
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'CONSTRAINT_VIOLATION'
  | 'TIMEOUT';

export class DealgraphError extends Error {
  readonly code: DealgraphErrorCode;

  constructor(code: DealgraphErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DealgraphError';
    this.code = code;
  }
}

export function isDealgraphError(err: unknown, code?: DealgraphErrorCode): err is DealgraphError {
  return err instanceof DealgraphError && (code === undefined || err.code === code);
}

/** Neo4j status codes (and driver codes) that mean the server cannot be reached or used right now. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
  'Neo.ClientError.Security.Forbidden',
]);

const CONSTRAINT_CODES = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.ClientError.Schema.ConstraintViolation',
]);

/** Turns whatever neo4j-driver threw into a DealgraphError; DealgraphErrors pass through unchanged. */
export function mapNeo4jError(err: unknown): DealgraphError {
  if (err instanceof DealgraphError) return err;
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const message = err instanceof Error ? err.message : String(err);
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|Could not perform discovery|connect ECONN/.test(message)) {
    return new DealgraphError('NEO4J_UNAVAILABLE', `Neo4j is not reachable: ${message}`, { cause: err });
  }
  if (AUTH_CODES.has(code)) {
    return new DealgraphError(
      'NEO4J_AUTH',
      `Neo4j refused the credentials (check NEO4J_USERNAME / NEO4J_PASSWORD): ${message}`,
      { cause: err },
    );
  }
  if (CONSTRAINT_CODES.has(code)) {
    return new DealgraphError('CONSTRAINT_VIOLATION', message, { cause: err });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new DealgraphError('TIMEOUT', message, { cause: err });
  }
  return new DealgraphError('NEO4J_QUERY_FAILED', code ? `${code}: ${message}` : message, { cause: err });
}
