import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { ServerConfig } from './config';
import { ErrorCode } from './errors';

/** Header naming the person behind a curation, recorded alongside the key's label. */
export const CURATOR_HEADER = 'x-dealgraph-curator';
/** Longest curator name kept, in characters. */
export const CURATOR_CHARS_MAX = 80;
/** Control characters (below space, and DEL) are dropped from the curator name before it is stored. */
const FIRST_PRINTABLE_CODE = 0x20;
const DELETE_CODE = 0x7f;

export interface Caller {
  /** A key was sent and it is the configured one. */
  authenticated: boolean;
  /** A key was sent, right or wrong. */
  presentedKey: boolean;
  /** Who curation is recorded as. */
  who: string;
}

/** The key from `Authorization: Bearer <key>` or `x-api-key: <key>`, if any. */
export function presentedKey(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1].trim();
  }
  const raw = headers['x-api-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  return key?.trim() || null;
}

/** Compares digests so the time taken says nothing about how much of the key matched. */
export function keyMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function identify(headers: IncomingHttpHeaders, config: ServerConfig): Caller {
  const key = presentedKey(headers);
  const authenticated = key !== null && config.apiKey !== null && keyMatches(key, config.apiKey);
  const rawCurator = headers[CURATOR_HEADER];
  const curator = (Array.isArray(rawCurator) ? rawCurator[0] : rawCurator)
    ?.split('')
    .filter((c) => c.charCodeAt(0) >= FIRST_PRINTABLE_CODE && c.charCodeAt(0) !== DELETE_CODE)
    .join('')
    .trim()
    .slice(0, CURATOR_CHARS_MAX);
  const who = curator ? `${config.apiKeyLabel}/${curator}` : config.apiKeyLabel;
  return { authenticated, presentedKey: key !== null, who };
}

/** Thrown from the context builder when reads need a key; carries the HTTP status Apollo should send. */
export function readAccessDenied(caller: Caller): GraphQLError {
  return new GraphQLError(
    caller.presentedKey ? 'The API key is not valid.' : 'This server needs an API key to read.',
    {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    },
  );
}

/** Mutations need the configured key; with none configured they are refused outright. */
export function requireWriter(caller: Caller, config: ServerConfig): string {
  if (config.apiKey === null) {
    throw new GraphQLError('Mutations are disabled: this server has no DEALGRAPH_API_KEY.', {
      extensions: { code: ErrorCode.FORBIDDEN, reason: 'MUTATIONS_DISABLED' },
    });
  }
  if (!caller.authenticated) {
    throw new GraphQLError(
      caller.presentedKey
        ? 'The API key is not valid.'
        : 'Send the API key as "Authorization: Bearer <key>" or "x-api-key".',
      { extensions: { code: ErrorCode.UNAUTHENTICATED } },
    );
  }
  return caller.who;
}
