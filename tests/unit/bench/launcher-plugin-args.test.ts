import * as path from 'node:path';
import { launcherArgs, type JvmOptions } from '../../../graph/local/jvm';

// The bench's APOC run depends on this option of the shared launcher; the default must not change.
const base: JvmOptions = {
  libDir: '/opt/neo4j/lib',
  dataDir: '/tmp/store',
  boltPort: 0,
  pageCacheMb: 64,
  heapMb: 256,
  watchStdin: true,
};

describe('launcherArgs plugin dir', () => {
  it('without a plugin dir: Neo4j jars alone on the classpath and no --plugin-dir', () => {
    const args = launcherArgs(base);
    expect(args[args.indexOf('-cp') + 1]).toBe('/opt/neo4j/lib/*');
    expect(args).not.toContain('--plugin-dir');
  });

  it('with a plugin dir: its jars join the classpath after Neo4j’s and the dir is passed on', () => {
    const args = launcherArgs({ ...base, pluginDir: '/opt/apoc' });
    expect(args[args.indexOf('-cp') + 1]).toBe(`/opt/neo4j/lib/*${path.delimiter}/opt/apoc/*`);
    expect(args[args.indexOf('--plugin-dir') + 1]).toBe('/opt/apoc');
    expect(args.filter((a) => a === '--watch-stdin')).toHaveLength(1);
  });
});
