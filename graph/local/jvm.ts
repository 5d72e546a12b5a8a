import * as net from 'node:net';
import * as path from 'node:path';
import { DealgraphError } from '../errors';
import type { DealgraphErrorCode } from '../errors';
import { launcherSource } from './paths';

/** Lines Launcher.java prints on stdout; see graph/README.md "Launcher protocol". */
export const READY_PREFIX = 'DEALGRAPH_NEO4J_READY';
export const ERROR_PREFIX = 'DEALGRAPH_NEO4J_ERROR';

/** Page cache for the store files, in MiB. Neo4j's own default takes half the RAM. */
export const EMBEDDED_DEFAULT_PAGECACHE_MB = 256;
/** JVM heap (-Xmx), in MiB. */
export const EMBEDDED_DEFAULT_HEAP_MB = 1024;
/** Transaction memory cap, as a share of the heap (Neo4j refuses transactions past it instead of OOMing). */
const TX_MEMORY_SHARE_OF_HEAP = 0.5;
/** The first start compiles Launcher.java in memory and builds an empty store: slow on 2 shared cores. */
export const STARTUP_TIMEOUT_MS = 180_000;
/** How long a clean shutdown (checkpoint + store unlock) may take before SIGKILL. */
export const STOP_GRACE_MS = 30_000;

/** The flags the Neo4j server itself runs with: Netty and the page cache need these packages opened. */
const JVM_OPEN_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface JvmOptions {
  libDir: string;
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  watchStdin: boolean;
  /** Plugin jars (APOC): added to the classpath and passed as --plugin-dir. Absent = no plugins. */
  pluginDir?: string;
}

export function launcherArgs(opts: JvmOptions): string[] {
  const txMemoryMb = Math.max(16, Math.floor(opts.heapMb * TX_MEMORY_SHARE_OF_HEAP));
  const args = [
    `-Xmx${opts.heapMb}m`,
    ...JVM_OPEN_FLAGS,
    '-cp',
    opts.pluginDir === undefined
      ? `${opts.libDir}/*`
      : `${opts.libDir}/*${path.delimiter}${opts.pluginDir}/*`,
    launcherSource(),
    '--data-dir',
    opts.dataDir,
    '--bolt-port',
    String(opts.boltPort),
    '--pagecache-mb',
    String(opts.pageCacheMb),
    '--tx-memory-mb',
    String(txMemoryMb),
  ];
  if (opts.watchStdin) args.push('--watch-stdin');
  if (opts.pluginDir !== undefined) args.push('--plugin-dir', opts.pluginDir);
  return args;
}

export type LauncherLine =
  { kind: 'ready'; uri: string; port: number } | { kind: 'error'; error: DealgraphError };

const LAUNCHER_CODES: Record<string, DealgraphErrorCode> = {
  PORT_IN_USE: 'PORT_IN_USE',
  STORE_LOCKED: 'STORE_LOCKED',
  BAD_ARGS: 'CONFIG_INVALID',
};

/** Reads one stdout line of the launcher; null for anything that is not a protocol line. */
export function parseLauncherLine(line: string): LauncherLine | null {
  const text = line.trim();
  if (text.startsWith(`${READY_PREFIX} `)) {
    const uri = text.slice(READY_PREFIX.length + 1).trim();
    const port = Number(/:(\d+)$/.exec(uri)?.[1]);
    if (!Number.isInteger(port)) return null;
    return { kind: 'ready', uri, port };
  }
  if (text.startsWith(`${ERROR_PREFIX} `)) {
    const rest = text.slice(ERROR_PREFIX.length + 1);
    const space = rest.indexOf(' ');
    const code = space < 0 ? rest : rest.slice(0, space);
    const message = space < 0 ? code : rest.slice(space + 1);
    const mapped = LAUNCHER_CODES[code] ?? 'NEO4J_START_FAILED';
    const hint =
      mapped === 'PORT_IN_USE' ? ' (set NEO4J_BOLT_PORT to another port, or 0 for any free port)' : '';
    return { kind: 'error', error: new DealgraphError(mapped, `Embedded Neo4j: ${message}${hint}`) };
  }
  return null;
}

/** A cheap check before spending seconds on a JVM: can we bind the port ourselves? */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new DealgraphError(
            'PORT_IN_USE',
            `Port ${port} on ${host} is already in use, so the embedded Neo4j cannot take it. ` +
              'Set NEO4J_BOLT_PORT to another port (0 = any free port), or NEO4J_URI to use the Neo4j already there.',
          ),
        );
      } else reject(err);
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
