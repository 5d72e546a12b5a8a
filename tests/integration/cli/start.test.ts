import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { embeddedEnv, launcherJvmsFor, startCli, waitUntil } from './run-cli';
import type { RunningCli } from './run-cli';

/** Startup compiles the launcher and opens a fresh store: generous, the machine is shared. */
const READY_TIMEOUT_MS = 240_000;
const EXIT_TIMEOUT_MS = 60_000;
/** Each test starts Neo4j twice. */
const TEST_TIMEOUT_MS = 2 * READY_TIMEOUT_MS + 2 * EXIT_TIMEOUT_MS;

const SETUP_QUERY = '{ organization(name: "webhelp") { name mentions { article { title } } } }';

interface SetupAnswer {
  data?: {
    organization?: { name: string; mentions: { article: { title: string } }[] };
    articles?: { totalCount: number };
  };
  errors?: unknown[];
}

async function graphql(url: string, query: string): Promise<SetupAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as SetupAnswer;
}

/**
 * What a new user does: `dealgraph start` (what `npm start` runs) with no NEO4J_URI starts its own Neo4j,
 * ingests seeds/, serves GraphQL; a signal stops everything, and a restart adds nothing twice.
 */
describe('dealgraph start with the embedded Neo4j', () => {
  let dataDir: string;
  const children: RunningCli[] = [];
  const start = (args: string[]): RunningCli => {
    const run = startCli(args, embeddedEnv(dataDir));
    children.push(run);
    return run;
  };

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-cli-start-'));
  });

  afterEach(() => {
    // A failed assertion must not leave a server (and its JVM) running behind the test.
    for (const run of children.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  });

  afterAll(() => {
    for (const pid of launcherJvmsFor(dataDir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'serves the seed, stops cleanly on SIGTERM and skips the seed on restart',
    async () => {
      const first = start(['start', '--port', '0']);
      const [, url] = await first.waitFor(/GraphQL ready at (http:\/\/\S+)/, READY_TIMEOUT_MS);
      expect(first.output()).toMatch(/1 article\(s\) stored/);

      const answer = await graphql(url, SETUP_QUERY);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.organization?.name).toBe('Webhelp');
      expect(answer.data?.organization?.mentions.map((m) => m.article.title)).toContain(
        'The French Connection',
      );

      const countBefore = await graphql(url, '{ articles(first: 10) { totalCount } }');

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(await waitUntil(() => launcherJvmsFor(dataDir).length === 0, EXIT_TIMEOUT_MS)).toBe(true);

      const second = start(['start', '--port', '0']);
      const [, url2] = await second.waitFor(/GraphQL ready at (http:\/\/\S+)/, READY_TIMEOUT_MS);
      expect(second.output()).toMatch(/0 article\(s\) stored, 1 already present/);
      const countAfter = await graphql(url2, '{ articles(first: 10) { totalCount } }');
      expect(countAfter).toEqual(countBefore);

      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      expect(await waitUntil(() => launcherJvmsFor(dataDir).length === 0, EXIT_TIMEOUT_MS)).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'leaves no JVM and no store lock behind when the Node process is killed outright',
    async () => {
      const run = start(['serve', '--port', '0']);
      await run.waitFor(/GraphQL ready at/, READY_TIMEOUT_MS);
      expect(launcherJvmsFor(dataDir).length).toBe(1);

      run.child.kill('SIGKILL');
      await run.exited;
      expect(await waitUntil(() => launcherJvmsFor(dataDir).length === 0, EXIT_TIMEOUT_MS)).toBe(true);

      // The store opens again: the lock went with the JVM.
      const again = start(['serve', '--port', '0']);
      await again.waitFor(/GraphQL ready at/, READY_TIMEOUT_MS);
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});
