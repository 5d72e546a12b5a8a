import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the SDL may be: beside the sources (ts-node, jest) or one level further up (compiled to dist/). */
const SDL_CANDIDATES = ['../schema/schema.graphql', '../../schema/schema.graphql'];

/** schema/schema.graphql is the single source of truth for the API; it is read, never duplicated in code. */
export function loadTypeDefs(): string {
  for (const rel of SDL_CANDIDATES) {
    const path = resolve(__dirname, rel);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`schema/schema.graphql not found from ${__dirname}`);
}
