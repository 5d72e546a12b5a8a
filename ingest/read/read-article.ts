import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../types';
import { ArticleReadError } from './errors';
import { htmlPublished, htmlTitle, htmlToText } from './html';
import { readTextHeader } from './text-header';

/** Largest article file read, in bytes: far above any news story, low enough to refuse a stray dump. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.json']);

async function readUtf8(file: string): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ArticleReadError(file, 'missing');
  }
  if (!stat.isFile()) throw new ArticleReadError(file, 'not a file');
  if (stat.size > MAX_ARTICLE_BYTES)
    throw new ArticleReadError(file, `too large (${stat.size} bytes > ${MAX_ARTICLE_BYTES})`);
  const bytes = await fs.readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleReadError(file, 'not UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new ArticleReadError(file, 'empty');
  return text;
}

function optionalString(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

async function readJson(file: string, raw: string): Promise<ArticleInput> {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(raw) as Record<string, unknown>;
  } catch (err) {
    throw new ArticleReadError(file, `invalid JSON (${(err as Error).message})`);
  }
  if (doc === null || typeof doc !== 'object') throw new ArticleReadError(file, 'JSON is not an object');
  let text = optionalString(doc.text);
  if (text === null && typeof doc.text_file === 'string')
    text = await readUtf8(path.resolve(path.dirname(file), doc.text_file));
  if (text === null) throw new ArticleReadError(file, 'no "text" or "text_file" field');
  const published = optionalString(doc.published);
  return { file, text, title: optionalString(doc.title), url: optionalString(doc.url), published };
}

/** Reads one article: .txt/.md (headline and date from the head), .html/.htm, or gold-format .json. */
export async function readArticleFile(file: string): Promise<ArticleInput> {
  const ext = path.extname(file).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(ext)) throw new ArticleReadError(file, `unknown extension "${ext}"`);
  const raw = await readUtf8(file);
  if (ext === '.json') return readJson(file, raw);
  if (ext === '.html' || ext === '.htm') {
    const text = htmlToText(raw);
    if (text.length === 0) throw new ArticleReadError(file, 'empty');
    return { file, text, title: htmlTitle(raw), url: null, published: htmlPublished(raw) };
  }
  const { title, published } = readTextHeader(raw);
  return { file, text: raw, title, url: null, published };
}
