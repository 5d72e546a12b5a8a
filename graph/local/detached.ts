import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DealgraphError } from '../errors';
import { STARTUP_TIMEOUT_MS, STOP_GRACE_MS, isProcessAlive, parseLauncherLine } from './jvm';
import { prepareLaunch } from './prepare';

/** Written in the data dir by `dealgraph db start`, read by `db status|stop` and by openGraph. */
export const PID_FILE_NAME = 'dealgraph-neo4j.json';
/** The detached JVM's stdout/stderr, where the READY/ERROR line is looked for. */
export const DETACHED_LOG_NAME = 'dealgraph-neo4j.out';
const POLL_INTERVAL_MS = 250;

interface PidFile {
  pid: number;
  port: number | null;
  uri: string | null;
  dataDir: string;
  startedAt: string;
}

export type DetachedNeo4jStatus =
  | {
      running: true;
      pid: number;
      port: number | null;
      uri: string | null;
      dataDir: string;
      startedAt: string;
    }
  | { running: false; staleFileRemoved: boolean };

export interface StartDetachedOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb?: number;
  heapMb?: number;
  log?: (line: string) => void;
  libDir?: string;
  startupTimeoutMs?: number;
}

function pidFilePath(dataDir: string): string {
  return path.join(path.resolve(dataDir), PID_FILE_NAME);
}

function readPidFile(dataDir: string): PidFile | null {
  try {
    return JSON.parse(fs.readFileSync(pidFilePath(dataDir), 'utf8')) as PidFile;
  } catch {
    return null;
  }
}

/** A live pid is ours only if it still runs the launcher (pids get reused after a reboot or a crash). */
function isOurLauncher(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Launcher.java');
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

export function detachedNeo4jStatus(dataDir: string): DetachedNeo4jStatus {
  const file = readPidFile(dataDir);
  if (!file) return { running: false, staleFileRemoved: false };
  if (!isOurLauncher(file.pid)) {
    fs.rmSync(pidFilePath(dataDir), { force: true });
    return { running: false, staleFileRemoved: true };
  }
  return { running: true, ...file };
}

/** Starts Neo4j in a JVM that outlives this process; returns at once if one already runs for dataDir. */
export async function startDetachedNeo4j(
  opts: StartDetachedOptions,
): Promise<{ uri: string; port: number; pid: number }> {
  const dataDir = path.resolve(opts.dataDir);
  const current = detachedNeo4jStatus(dataDir);
  if (current.running && current.uri && current.port !== null) {
    return { uri: current.uri, port: current.port, pid: current.pid };
  }
  if (current.running) {
    throw new DealgraphError(
      'STORE_LOCKED',
      `A detached Neo4j (pid ${current.pid}) is still starting on ${dataDir}.`,
    );
  }
  const args = await prepareLaunch({ ...opts, dataDir }, false);
  const logPath = path.join(dataDir, DETACHED_LOG_NAME);
  const out = fs.openSync(logPath, 'w');
  const child = spawn('java', args, { detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new DealgraphError('PREREQUISITE_MISSING', 'Could not start java.');
  child.unref();
  const record: PidFile = { pid, port: null, uri: null, dataDir, startedAt: new Date().toISOString() };
  // Written before ready so `db stop` can find a JVM whose start this process did not live to see.
  fs.writeFileSync(pidFilePath(dataDir), JSON.stringify(record, null, 2));

  const deadline = Date.now() + (opts.startupTimeoutMs ?? STARTUP_TIMEOUT_MS);
  for (;;) {
    for (const line of fs.readFileSync(logPath, 'utf8').split('\n')) {
      const parsed = parseLauncherLine(line);
      if (parsed?.kind === 'ready') {
        fs.writeFileSync(
          pidFilePath(dataDir),
          JSON.stringify({ ...record, port: parsed.port, uri: parsed.uri }, null, 2),
        );
        opts.log?.(`dealgraph: Neo4j running at ${parsed.uri} (pid ${pid}); log in ${logPath}`);
        return { uri: parsed.uri, port: parsed.port, pid };
      }
      if (parsed?.kind === 'error') {
        fs.rmSync(pidFilePath(dataDir), { force: true });
        throw parsed.error;
      }
    }
    if (!isProcessAlive(pid) || Date.now() > deadline) {
      await killAndWait(pid);
      fs.rmSync(pidFilePath(dataDir), { force: true });
      throw new DealgraphError('NEO4J_START_FAILED', `Detached Neo4j did not become ready; see ${logPath}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Stops the detached Neo4j of dataDir; false when none was running. */
export async function stopDetachedNeo4j(dataDir: string): Promise<boolean> {
  const status = detachedNeo4jStatus(dataDir);
  if (!status.running) return false;
  await killAndWait(status.pid);
  fs.rmSync(pidFilePath(dataDir), { force: true });
  return true;
}

async function killAndWait(pid: number): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(POLL_INTERVAL_MS);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isProcessAlive(pid)) await sleep(POLL_INTERVAL_MS);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
