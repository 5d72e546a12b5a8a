import fs from 'node:fs';
import path from 'node:path';

/** The folder holding dealgraph's package.json, found from this file whether it runs from dist/ or source. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'dealgraph')
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`dealgraph: cannot find the project root above ${__dirname}`);
    dir = parent;
  }
}

/** The articles `npm start` ingests before serving. */
export function seedsDir(): string {
  return path.join(projectRoot(), 'seeds');
}
