/**
 * Runs `start` (which must only begin an asynchronous read and return its promise) with V8's stack capture
 * off. neo4j-driver builds a Result for every `session.run`, and its constructor captures and formats a
 * stack trace (`new Error('').stack`) in case the query fails later; under the API's deep call chains that
 * was ~2 % of the server's busy time per request. The stack only ever decorates the driver's own error,
 * which our callers replace (graph/errors.ts `mapNeo4jError` builds a new error, after the read was
 * awaited, with the normal stack). The previous limit is restored before this returns, whatever happens.
 */
export function withoutStackCapture<T>(start: () => Promise<T>): Promise<T> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
