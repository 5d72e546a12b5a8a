import * as fs from 'node:fs';
import { HANDLE_KEY } from './global-setup';
import type { TestNeo4jHandle } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const store = globalThis as Record<string, unknown>;
  const handle = store[HANDLE_KEY] as TestNeo4jHandle | undefined;
  if (!handle) return;
  delete store[HANDLE_KEY];
  await handle.neo4j.stop();
  fs.rmSync(handle.dataDir, { recursive: true, force: true });
  delete process.env.NEO4J_URI;
  delete process.env.DEALGRAPH_TEST_EMBEDDED;
}
