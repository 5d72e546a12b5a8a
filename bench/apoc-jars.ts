import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../graph/local/paths';

/** Lines of Maven output kept to explain a failed fetch. */
const MAVEN_TAIL_LINES = 15;

export class ApocUnavailableError extends Error {
  readonly code = 'BENCH_APOC_UNAVAILABLE';
}

export function apocPomDir(): string {
  return join(repoRoot(), 'bench', 'apoc');
}

/** Where the APOC jars go; it doubles as the embedded Neo4j's plugin dir. */
export function apocLibDir(): string {
  return join(apocPomDir(), 'lib');
}

/** True when `dir` already holds the APOC Core jar (any version; the pom pins which one is fetched). */
export function hasApocJars(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => /^apoc-core-.*\.jar$/.test(f));
}

/**
 * Makes sure APOC Core and its dependencies are in bench/apoc/lib (one Maven fetch, skipped when present)
 * and returns that directory. APOC is only needed by the @neo4j/graphql comparison.
 */
export async function ensureApocJars(log: (line: string) => void): Promise<string> {
  const dir = apocLibDir();
  if (hasApocJars(dir)) return dir;
  log(`fetching APOC Core into ${dir} (once; needs Maven Central)`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-q', '--no-transfer-progress', 'dependency:copy-dependencies', `-DoutputDirectory=${dir}`],
      { cwd: apocPomDir(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tail: string[] = [];
    const keep = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > MAVEN_TAIL_LINES) tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => reject(new ApocUnavailableError(`cannot run mvn: ${err.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new ApocUnavailableError(`mvn exited with ${code}: ${tail.join(' | ')}`)),
    );
  });
  if (!hasApocJars(dir)) throw new ApocUnavailableError(`Maven finished but ${dir} has no apoc-core jar`);
  return dir;
}
