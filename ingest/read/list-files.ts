import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArticleReadError } from './errors';
import { ARTICLE_EXTENSIONS } from './read-article';

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

/** Files named, and article files under directories named (recursively), sorted and without duplicates. */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new ArticleReadError(p, 'missing');
    }
    if (stat.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return [...new Set(out)].sort();
}
