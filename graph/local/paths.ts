import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root, found by walking up from this file: the same code runs from graph/local (ts-jest)
 * and from dist/graph/local (compiled), and the Java source and jars stay in the source tree.
 */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'graph', 'local', 'pom.xml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`dealgraph: cannot find graph/local/pom.xml above ${__dirname}`);
    dir = parent;
  }
}

export function localDir(): string {
  return path.join(repoRoot(), 'graph', 'local');
}

export function defaultLibDir(): string {
  return path.join(localDir(), 'lib');
}

export function launcherSource(): string {
  return path.join(localDir(), 'Launcher.java');
}

/** The Neo4j version pinned in pom.xml, so the jar check and the pom cannot disagree. */
export function pinnedNeo4jVersion(): string {
  const pom = fs.readFileSync(path.join(localDir(), 'pom.xml'), 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match) throw new Error('dealgraph: graph/local/pom.xml has no <neo4j.version>');
  return match[1].trim();
}
