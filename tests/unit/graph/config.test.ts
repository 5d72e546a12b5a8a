import * as path from 'node:path';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_NEO4J_DATABASE,
  embeddedStoreDir,
  readGraphConfig,
} from '../../../graph/config';
import { DealgraphError } from '../../../graph/errors';

function configError(env: Record<string, string>): DealgraphError {
  try {
    readGraphConfig(env, '/work');
  } catch (err) {
    return err as DealgraphError;
  }
  throw new Error('expected readGraphConfig to throw');
}

describe('readGraphConfig', () => {
  it('defaults to the embedded Neo4j under ./data of the working directory', () => {
    const config = readGraphConfig({}, '/work/repo');
    expect(config.uri).toBeNull();
    expect(config.boltPort).toBe(DEFAULT_BOLT_PORT);
    expect(config.database).toBe(DEFAULT_NEO4J_DATABASE);
    expect(config.dataDir).toBe(path.resolve('/work/repo', 'data'));
    expect(embeddedStoreDir(config)).toBe(path.resolve('/work/repo', 'data', 'neo4j'));
  });

  it('reads every variable', () => {
    const config = readGraphConfig(
      {
        NEO4J_URI: 'neo4j+s://example.test:7687',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: 's3cret',
        NEO4J_DATABASE: 'deals',
        NEO4J_BOLT_PORT: '0',
        DEALGRAPH_DATA_DIR: '/var/dealgraph',
        NEO4J_PAGECACHE_MB: '128',
        NEO4J_HEAP_MB: '2048',
      },
      '/work',
    );
    expect(config).toEqual({
      uri: 'neo4j+s://example.test:7687',
      username: 'reader',
      password: 's3cret',
      database: 'deals',
      boltPort: 0,
      dataDir: '/var/dealgraph',
      pageCacheMb: 128,
      heapMb: 2048,
    });
  });

  it.each([
    [{ NEO4J_BOLT_PORT: '70000' }, 'NEO4J_BOLT_PORT'],
    [{ NEO4J_BOLT_PORT: 'seven' }, 'NEO4J_BOLT_PORT'],
    [{ NEO4J_PAGECACHE_MB: '-5' }, 'NEO4J_PAGECACHE_MB'],
    [{ NEO4J_HEAP_MB: '1' }, 'NEO4J_HEAP_MB'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ NEO4J_DATABASE: 'bad name!' }, 'NEO4J_DATABASE'],
  ])('rejects %j naming the variable', (env, variable) => {
    const err = configError(env);
    expect(err).toBeInstanceOf(DealgraphError);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toContain(variable);
  });
});
