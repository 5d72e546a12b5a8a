import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { isDealgraphError } from '../../../graph/errors';
import { startEmbeddedNeo4j } from '../../../graph/local/launcher';
import type { EmbeddedNeo4j } from '../../../graph/local/launcher';
import { isProcessAlive } from '../../../graph/local/jvm';

/** Each case starts a JVM; on 2 shared cores that takes tens of seconds. */
const JVM_TEST_TIMEOUT_MS = 240_000;
const SMALL = { pageCacheMb: 32, heapMb: 256 };

async function returnOne(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    const result = await driver.executeQuery('RETURN 1 AS one');
    return result.records[0].get('one') as number;
  } finally {
    await driver.close();
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid) || !fs.existsSync(`/proc/${pid}/cmdline`) || isZombie(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function isZombie(pid: number): boolean {
  try {
    return /\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('embedded Neo4j launcher', () => {
  let dataDir: string;
  const started: EmbeddedNeo4j[] = [];

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-launcher-test-'));
  });

  afterEach(async () => {
    for (const db of started.splice(0)) await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'answers Bolt on a free port, leaves no process after stop, and restarts on the same store',
    async () => {
      const first = await startEmbeddedNeo4j({ dataDir, boltPort: 0, ...SMALL });
      started.push(first);
      expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
      expect(await returnOne(first.uri)).toBe(1);

      const locked = await startEmbeddedNeo4j({ dataDir, boltPort: 0, ...SMALL }).catch((e: unknown) => e);
      expect(isDealgraphError(locked, 'STORE_LOCKED')).toBe(true);

      await first.stop();
      expect(await waitForExit(first.pid, 1000)).toBe(true);

      const second = await startEmbeddedNeo4j({ dataDir, boltPort: 0, ...SMALL });
      started.push(second);
      expect(await returnOne(second.uri)).toBe(1);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it('refuses a port in use with an error naming the port and NEO4J_BOLT_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await startEmbeddedNeo4j({ dataDir, boltPort: port, ...SMALL }).catch((e: unknown) => e);
      expect(isDealgraphError(err, 'PORT_IN_USE')).toBe(true);
      expect((err as Error).message).toContain(String(port));
      expect((err as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it(
    'takes the JVM down when the owning Node process is SIGKILLed',
    async () => {
      const script = path.join(__dirname, 'fixtures', 'start-and-print-pid.js');
      const owner = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const jvmPid = await new Promise<number>((resolve, reject) => {
        let out = '';
        owner.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /JVM_PID (\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
        owner.once('exit', (code) => reject(new Error(`owner exited early with ${code}`)));
      });
      expect(isProcessAlive(jvmPid)).toBe(true);
      owner.kill('SIGKILL');
      expect(await waitForExit(jvmPid, 60_000)).toBe(true);
      // and the store lock went with it
      const again = await startEmbeddedNeo4j({ dataDir, boltPort: 0, ...SMALL });
      started.push(again);
      expect(await returnOne(again.uri)).toBe(1);
    },
    JVM_TEST_TIMEOUT_MS,
  );
});
