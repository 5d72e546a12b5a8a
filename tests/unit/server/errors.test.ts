import { GraphQLError } from 'graphql';
import { CurationError } from '../../../graph/curation/errors';
import { DealgraphError } from '../../../graph/errors';
import { createErrorFormatter } from '../../../server/errors';

const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });
const formatted = (e: GraphQLError) => ({
  message: e.message,
  path: e.path,
  extensions: { ...e.extensions },
});

describe('error formatter', () => {
  const dev = createErrorFormatter(false);
  const prod = createErrorFormatter(true);

  it('hides the message of an unexpected error in production only', () => {
    const e = asResolverError(new TypeError('secret internals at /srv/x.ts'));
    expect(prod(formatted(e), e)).toEqual({
      message: 'Internal server error.',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const shown = dev(formatted(e), e);
    expect(shown.message).toContain('secret internals');
    expect(shown.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('maps curation and graph errors to their API codes, keeping the message', () => {
    const c = asResolverError(new CurationError('CURATION_CONFLICT', 'already undone'));
    expect(prod(formatted(c), c)).toMatchObject({
      message: 'already undone',
      extensions: { code: 'CONFLICT' },
    });
    const g = asResolverError(new DealgraphError('NOT_FOUND', 'no article'));
    expect(prod(formatted(g), g).extensions?.code).toBe('NOT_FOUND');
    const down = asResolverError(
      new DealgraphError('NEO4J_UNAVAILABLE', 'connect ECONNREFUSED 127.0.0.1:7687'),
    );
    expect(prod(formatted(down), down)).toEqual({
      message: 'The graph database is unavailable.',
      path: ['x'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    const slow = asResolverError(new DealgraphError('TIMEOUT', 'transaction timed out'));
    expect(prod(formatted(slow), slow).extensions?.code).toBe('TIMEOUT');
    const failed = asResolverError(
      new DealgraphError('NEO4J_QUERY_FAILED', 'Neo.ClientError.Statement.SyntaxError: ...'),
    );
    expect(prod(formatted(failed), failed).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('gives limit violations and the token limit QUERY_TOO_COMPLEX', () => {
    const limit = new GraphQLError('Query depth 9 is over the limit of 6.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' },
    });
    expect(prod(formatted(limit), limit).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const tokens = new GraphQLError('Syntax Error: Document contains more that 10 tokens. Parsing aborted.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(prod(formatted(tokens), tokens).extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('leaves errors that already carry a user-facing code alone', () => {
    const e = new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(prod(formatted(e), e)).toEqual(formatted(e));
  });
});
