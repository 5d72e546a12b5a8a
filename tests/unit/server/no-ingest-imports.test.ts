import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Dependencies run server → graph and cli → ingest + graph; the server gets extraction injected (cli/).
const ROOT = resolve(__dirname, '../../..');
const SERVER = join(ROOT, 'server');
const INGEST = join(ROOT, 'ingest');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of every import/export-from and require in a source file. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\b(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

describe('server/ does not depend on ingest/', () => {
  it('finds the server sources and their relative imports', () => {
    const files = tsFiles(SERVER);
    expect(files.length).toBeGreaterThan(5);
    expect(files.some((f) => specifiers(readFileSync(f, 'utf8')).some((s) => s.startsWith('../')))).toBe(
      true,
    );
  });

  it('has no import that resolves into ingest/', () => {
    const offending = tsFiles(SERVER).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => s.startsWith('.'))
        .filter((s) => !relative(INGEST, resolve(join(file, '..'), s)).startsWith('..'))
        .map((s) => `${relative(ROOT, file)} imports ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
