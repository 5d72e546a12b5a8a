import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { DealgraphError } from '../errors';
import { STARTUP_TIMEOUT_MS, STOP_GRACE_MS, parseLauncherLine } from './jvm';
import { prepareLaunch } from './prepare';
import { detachedNeo4jStatus, startDetachedNeo4j, stopDetachedNeo4j } from './detached';

export { detachedNeo4jStatus, startDetachedNeo4j, stopDetachedNeo4j } from './detached';
export type { DetachedNeo4jStatus } from './detached';

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  /** Neo4j's home: store, transaction logs and Neo4j's own logs go here. */
  dataDir: string;
  /** 0 = any free port. */
  boltPort: number;
  pageCacheMb?: number;
  heapMb?: number;
  log?: (line: string) => void;
  /** Outlive this process (for `dealgraph db start`); stop() then stops it like `db stop`. */
  detached?: boolean;
  libDir?: string;
  startupTimeoutMs?: number;
  /** Plugin jars to load (APOC, for the bench); procedures apoc.* are allowed. Not for detached starts. */
  pluginDir?: string;
}

/** Lines of the JVM's stderr kept to explain a failed start. */
const STDERR_TAIL_LINES = 40;

/**
 * Starts Neo4j in a child JVM owned by this process. The JVM exits when our end of its stdin closes, which
 * happens however this process ends (exit, Ctrl-C, SIGTERM, crash, SIGKILL), so no orphan keeps the store lock.
 */
export async function startEmbeddedNeo4j(opts: StartEmbeddedOptions): Promise<EmbeddedNeo4j> {
  const dataDir = path.resolve(opts.dataDir);
  if (opts.detached) {
    const info = await startDetachedNeo4j({ ...opts, dataDir });
    return { ...info, stop: async () => void (await stopDetachedNeo4j(dataDir)) };
  }
  const running = detachedNeo4jStatus(dataDir);
  if (running.running) {
    throw new DealgraphError(
      'STORE_LOCKED',
      `A detached Neo4j (pid ${running.pid}) already runs on ${dataDir}; use it at ${running.uri ?? 'its port'} ` +
        'or stop it with `dealgraph db stop`.',
    );
  }
  const args = await prepareLaunch({ ...opts, dataDir }, true);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  return waitForReady(child, opts.startupTimeoutMs ?? STARTUP_TIMEOUT_MS, opts.log);
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  timeoutMs: number,
  log: ((line: string) => void) | undefined,
): Promise<EmbeddedNeo4j> {
  const stderrTail: string[] = [];
  let exited = child.exitCode !== null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  // Both pipes are drained for the JVM's whole life: a full pipe would block it.
  const stderr = readline.createInterface({ input: child.stderr });
  stderr.on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
  });
  child.stdin.on('error', () => undefined);

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.stdin.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exitPromise;
    clearTimeout(timer);
  };

  return new Promise<EmbeddedNeo4j>((resolve, reject) => {
    let settled = false;
    const stdout = readline.createInterface({ input: child.stdout });
    const finish = (err: Error | null, value?: EmbeddedNeo4j): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        void stop().then(() => reject(err));
        return;
      }
      // Do not hold this process open for the JVM's sake; it follows us out through its stdin.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr])
        (stream as unknown as { unref?: () => void }).unref?.();
      resolve(value as EmbeddedNeo4j);
    };
    const timer = setTimeout(
      () =>
        finish(
          new DealgraphError(
            'NEO4J_START_FAILED',
            `Embedded Neo4j did not report ready within ${timeoutMs} ms.\n${stderrTail.join('\n')}`,
          ),
        ),
      timeoutMs,
    );
    stdout.on('line', (line) => {
      const parsed = parseLauncherLine(line);
      if (!parsed) {
        log?.(`neo4j: ${line}`);
        return;
      }
      if (parsed.kind === 'error') finish(parsed.error);
      else {
        log?.(`dealgraph: embedded Neo4j ready at ${parsed.uri} (pid ${child.pid})`);
        finish(null, { uri: parsed.uri, port: parsed.port, pid: child.pid as number, stop });
      }
    });
    child.once('error', (err) =>
      finish(
        new DealgraphError('PREREQUISITE_MISSING', `Could not start java: ${err.message}`, { cause: err }),
      ),
    );
    // 'close' (not 'exit') so an ERROR line still in the stdout pipe is read first.
    child.once('close', (code, signal) =>
      finish(
        new DealgraphError(
          'NEO4J_START_FAILED',
          `Embedded Neo4j exited before it was ready (code ${code}, signal ${signal}).\n${stderrTail.join('\n')}`,
        ),
      ),
    );
  });
}
