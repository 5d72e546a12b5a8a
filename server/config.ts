/** Server settings read from the environment; every default is a named constant. */

export const PORT_DEFAULT = 4000;
export const HOST_DEFAULT = '127.0.0.1';
/** Deepest field nesting a query may have. */
export const MAX_DEPTH_DEFAULT = 12;
/** Estimated fields resolved per query (list fields multiply their children by `first`). */
export const MAX_COST_DEFAULT = 50000;
/** Aliased fields per document. */
export const MAX_ALIASES_DEFAULT = 30;
/** Lexical tokens per document (graphql parse `maxTokens`). */
export const MAX_TOKENS_DEFAULT = 3000;
/** express.json body limit, in bytes (1 MiB: room for one long article sent to ingestArticle). */
export const MAX_BODY_BYTES_DEFAULT = 1024 * 1024;
/** Largest `first` any list argument accepts. */
export const MAX_FIRST_DEFAULT = 100;
/** Who is recorded on curation when neither the key's label nor a header names someone. */
export const API_KEY_LABEL_DEFAULT = 'api-key';

export type ReadAccess = 'open' | 'key';

export interface Limits {
  depth: number;
  cost: number;
  aliases: number;
  tokens: number;
  bodyBytes: number;
  first: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Unset: every mutation is refused. */
  apiKey: string | null;
  /** Name recorded as the author of curation done with the key. */
  apiKeyLabel: string;
  readAccess: ReadAccess;
  production: boolean;
  limits: Limits;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

export function readServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const readAccess = (env.DEALGRAPH_READ_ACCESS ?? 'open').trim().toLowerCase();
  if (readAccess !== 'open' && readAccess !== 'key') {
    throw new ConfigError(`DEALGRAPH_READ_ACCESS must be "open" or "key", not "${readAccess}".`);
  }
  const apiKey = env.DEALGRAPH_API_KEY?.trim() || null;
  if (readAccess === 'key' && !apiKey) {
    throw new ConfigError('DEALGRAPH_READ_ACCESS=key needs DEALGRAPH_API_KEY.');
  }
  return {
    port: int(env, 'PORT', PORT_DEFAULT, 0),
    host: env.HOST?.trim() || HOST_DEFAULT,
    apiKey,
    apiKeyLabel: env.DEALGRAPH_API_KEY_LABEL?.trim() || API_KEY_LABEL_DEFAULT,
    readAccess,
    production: env.NODE_ENV === 'production',
    limits: {
      depth: int(env, 'DEALGRAPH_MAX_DEPTH', MAX_DEPTH_DEFAULT, 1),
      cost: int(env, 'DEALGRAPH_MAX_COST', MAX_COST_DEFAULT, 1),
      aliases: int(env, 'DEALGRAPH_MAX_ALIASES', MAX_ALIASES_DEFAULT, 0),
      tokens: int(env, 'DEALGRAPH_MAX_TOKENS', MAX_TOKENS_DEFAULT, 1),
      bodyBytes: int(env, 'DEALGRAPH_MAX_BODY_BYTES', MAX_BODY_BYTES_DEFAULT, 1),
      first: int(env, 'DEALGRAPH_MAX_FIRST', MAX_FIRST_DEFAULT, 1),
    },
  };
}

function int(env: Record<string, string | undefined>, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new ConfigError(`${name} must be an integer ≥ ${min}, not "${raw}".`);
  return n;
}
