import { embeddedStoreDir, readGraphConfig } from '../../graph/config';
import { DealgraphError } from '../../graph/errors';
import { ensureNeo4jJars } from '../../graph/local/jars';
import { detachedNeo4jStatus, startDetachedNeo4j, stopDetachedNeo4j } from '../../graph/local/launcher';

const DB_ACTIONS = ['start', 'stop', 'status', 'fetch'] as const;

/**
 * The local Neo4j outside any other command's lifetime: `db start` leaves it running in the background
 * (and `serve`/`ingest` then reuse it instead of starting their own), `db stop` ends it.
 */
export async function runDb(action: string): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const config = readGraphConfig();
  switch (action as (typeof DB_ACTIONS)[number]) {
    case 'fetch': {
      const libDir = await ensureNeo4jJars({ log });
      process.stdout.write(`Neo4j jars ready in ${libDir}\n`);
      return 0;
    }
    case 'start': {
      if (config.uri)
        log(`note: NEO4J_URI is set (${config.uri}); serve and ingest will use it, not this one`);
      const started = await startDetachedNeo4j({
        dataDir: embeddedStoreDir(config),
        boltPort: config.boltPort,
        pageCacheMb: config.pageCacheMb,
        heapMb: config.heapMb,
        log,
      });
      process.stdout.write(
        `Neo4j running at ${started.uri} (pid ${started.pid}, store ${embeddedStoreDir(config)})\n`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopDetachedNeo4j(embeddedStoreDir(config));
      process.stdout.write(
        stopped ? 'Neo4j stopped\n' : `no local Neo4j running for ${embeddedStoreDir(config)}\n`,
      );
      return 0;
    }
    case 'status': {
      const status = detachedNeo4jStatus(embeddedStoreDir(config));
      if (status.running) {
        process.stdout.write(
          `running at ${status.uri ?? '?'} (pid ${status.pid}, since ${status.startedAt})\n`,
        );
        return 0;
      }
      process.stdout.write(
        `not running${status.staleFileRemoved ? ' (a stale pid file was removed)' : ''}\n`,
      );
      return 3;
    }
    default:
      throw new DealgraphError(
        'BAD_INPUT',
        `db: unknown action "${action}"; expected one of ${DB_ACTIONS.join(', ')}`,
      );
  }
}
