import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureNeo4jJars } from './jars';
import { EMBEDDED_DEFAULT_HEAP_MB, EMBEDDED_DEFAULT_PAGECACHE_MB, assertPortFree, launcherArgs } from './jvm';

export interface LaunchSettings {
  /** Absolute. */
  dataDir: string;
  boltPort: number;
  pageCacheMb?: number;
  heapMb?: number;
  libDir?: string;
  pluginDir?: string;
  log?: (line: string) => void;
}

/**
 * What every start does before spawning the JVM, attached or detached: the port is free, the jars are there,
 * the store folder exists. Returns the JVM's arguments.
 */
export async function prepareLaunch(settings: LaunchSettings, watchStdin: boolean): Promise<string[]> {
  await assertPortFree(settings.boltPort);
  const libDir = await ensureNeo4jJars({ libDir: settings.libDir, log: settings.log });
  fs.mkdirSync(settings.dataDir, { recursive: true });
  return launcherArgs({
    libDir,
    dataDir: settings.dataDir,
    boltPort: settings.boltPort,
    pageCacheMb: settings.pageCacheMb ?? EMBEDDED_DEFAULT_PAGECACHE_MB,
    heapMb: settings.heapMb ?? EMBEDDED_DEFAULT_HEAP_MB,
    watchStdin,
    ...(settings.pluginDir === undefined ? {} : { pluginDir: path.resolve(settings.pluginDir) }),
  });
}
