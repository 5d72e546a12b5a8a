import * as path from 'node:path';
import { DealgraphError } from './errors';

/** How to reach Neo4j. `uri === null` means "start (or reuse) the embedded Neo4j for dataDir". */
export interface GraphConfig {
  uri: string | null;
  username: string;
  password: string;
  database: string;
  /** Bolt port for the embedded Neo4j; 0 picks a free port. */
  boltPort: number;
  /** Absolute; the embedded store lives in `<dataDir>/neo4j`. */
  dataDir: string;
  pageCacheMb: number;
  heapMb: number;
}

export const DEFAULT_NEO4J_USERNAME = 'neo4j';
/** Embedded Neo4j runs with auth off, so the password only matters for an external NEO4J_URI. */
export const DEFAULT_NEO4J_PASSWORD = '';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const DEFAULT_BOLT_PORT = 7687;
/** Relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';
export const DEFAULT_PAGECACHE_MB = 256;
export const DEFAULT_HEAP_MB = 1024;
/** Below this Neo4j does not start reliably. */
const MIN_MEMORY_MB = 16;
const MAX_PORT = 65535;
const URI_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

type Env = Record<string, string | undefined>;

function invalid(variable: string, problem: string): DealgraphError {
  return new DealgraphError('CONFIG_INVALID', `${variable} ${problem}`);
}

function readInt(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw invalid(variable, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw invalid(variable, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readUri(env: Env): string | null {
  const raw = env.NEO4J_URI?.trim();
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('NEO4J_URI', `is not a URI: "${raw}" (expected e.g. bolt://localhost:7687)`);
  }
  if (!URI_SCHEMES.includes(url.protocol)) {
    throw invalid('NEO4J_URI', `has scheme "${url.protocol}"; use one of ${URI_SCHEMES.join(' ')}`);
  }
  return raw;
}

export function readGraphConfig(env: Env = process.env, cwd: string = process.cwd()): GraphConfig {
  const database = env.NEO4J_DATABASE?.trim() || DEFAULT_NEO4J_DATABASE;
  if (!/^[A-Za-z][A-Za-z0-9.-]*$/.test(database)) {
    throw invalid('NEO4J_DATABASE', `is not a valid database name: "${database}"`);
  }
  return {
    uri: readUri(env),
    username: env.NEO4J_USERNAME?.trim() || DEFAULT_NEO4J_USERNAME,
    password: env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD,
    database,
    boltPort: readInt(env, 'NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT, 0, MAX_PORT),
    dataDir: path.resolve(cwd, env.DEALGRAPH_DATA_DIR?.trim() || DEFAULT_DATA_DIR),
    pageCacheMb: readInt(
      env,
      'NEO4J_PAGECACHE_MB',
      DEFAULT_PAGECACHE_MB,
      MIN_MEMORY_MB,
      Number.MAX_SAFE_INTEGER,
    ),
    heapMb: readInt(env, 'NEO4J_HEAP_MB', DEFAULT_HEAP_MB, MIN_MEMORY_MB * 8, Number.MAX_SAFE_INTEGER),
  };
}

/** Where the embedded store lives inside the data dir (the rest of the data dir is free for others). */
export function embeddedStoreDir(config: Pick<GraphConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'neo4j');
}
