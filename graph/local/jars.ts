import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DealgraphError } from '../errors';
import { defaultLibDir, localDir, pinnedNeo4jVersion } from './paths';

/** Neo4j 5.26 is compiled for Java 17. */
export const MIN_JAVA_MAJOR = 17;

const INSTALL_HINT =
  'Install a Java 17+ JDK and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to use an existing Neo4j 5 instead of the embedded one.';

export interface EnsureJarsOptions {
  libDir?: string;
  log?: (line: string) => void;
}

/** The major version from `java -version` output ("17.0.15", "1.8.0_392" → 8, "25" → 25), or null. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Throws PREREQUISITE_MISSING when java (>= 17) or, if `needMaven`, mvn is not usable. */
export function checkPrerequisites(opts: { needMaven?: boolean; env?: NodeJS.ProcessEnv } = {}): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8', env: opts.env ?? process.env });
  if (java.error || java.status !== 0) {
    throw new DealgraphError('PREREQUISITE_MISSING', `Java was not found on PATH. ${INSTALL_HINT}`);
  }
  const major = parseJavaMajor(`${java.stderr}${java.stdout}`);
  if (major === null || major < MIN_JAVA_MAJOR) {
    throw new DealgraphError(
      'PREREQUISITE_MISSING',
      `Java ${MIN_JAVA_MAJOR}+ is needed, found ${major === null ? 'an unknown version' : `Java ${major}`}. ${INSTALL_HINT}`,
    );
  }
  if (opts.needMaven) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8', env: opts.env ?? process.env });
    if (mvn.error || mvn.status !== 0) {
      throw new DealgraphError('PREREQUISITE_MISSING', `Maven (mvn) was not found on PATH. ${INSTALL_HINT}`);
    }
  }
}

export function hasNeo4jJars(libDir: string, version: string = pinnedNeo4jVersion()): boolean {
  return fs.existsSync(path.join(libDir, `neo4j-${version}.jar`));
}

/** Makes sure the Neo4j jars are in libDir (fetching them with Maven once) and returns libDir. */
export async function ensureNeo4jJars(opts: EnsureJarsOptions = {}): Promise<string> {
  const libDir = path.resolve(opts.libDir ?? defaultLibDir());
  const log = opts.log ?? (() => undefined);
  const version = pinnedNeo4jVersion();
  if (hasNeo4jJars(libDir, version)) {
    checkPrerequisites();
    return libDir;
  }
  checkPrerequisites({ needMaven: true });
  log(`dealgraph: fetching Neo4j ${version} jars into ${libDir} (once; needs Maven Central)`);
  fs.mkdirSync(libDir, { recursive: true });
  const args = [
    '-B',
    '--no-transfer-progress',
    'dependency:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ];
  await runMaven(args, localDir(), log);
  if (!hasNeo4jJars(libDir, version)) {
    throw new DealgraphError(
      'PREREQUISITE_MISSING',
      `Maven finished but ${libDir} has no neo4j-${version}.jar. ${INSTALL_HINT}`,
    );
  }
  return libDir;
}

function runMaven(args: string[], cwd: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const TAIL_LINES = 20;
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        // Maven is chatty; the copy lines are the progress a person wants to see.
        if (/Copying|ERROR|BUILD/.test(line)) log(`mvn: ${line.trim()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) =>
      reject(
        new DealgraphError('PREREQUISITE_MISSING', `Could not run mvn: ${err.message}. ${INSTALL_HINT}`),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new DealgraphError(
            'PREREQUISITE_MISSING',
            `mvn dependency:copy-dependencies failed (exit ${code}):\n${tail.join('\n')}\n${INSTALL_HINT}`,
          ),
        );
    });
  });
}
