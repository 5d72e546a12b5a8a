import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PID_FILE_NAME, detachedNeo4jStatus } from '../../../graph/local/detached';

describe('detachedNeo4jStatus', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-pidfile-test-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports nothing running without a pid file', () => {
    expect(detachedNeo4jStatus(dir)).toEqual({ running: false, staleFileRemoved: false });
  });

  it('removes a pid file whose process is not the launcher', () => {
    // our own pid is alive but is not a Launcher.java JVM, like a pid reused after a reboot
    const file = path.join(dir, PID_FILE_NAME);
    fs.writeFileSync(
      file,
      JSON.stringify({ pid: process.pid, port: 1, uri: 'bolt://127.0.0.1:1', dataDir: dir, startedAt: '' }),
    );
    expect(detachedNeo4jStatus(dir)).toEqual({ running: false, staleFileRemoved: true });
    expect(fs.existsSync(file)).toBe(false);
  });
});
