import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ArticleInput } from '../ingest/types';

/** Where the shared data sets live, relative to the repository root, unless DEALGRAPH_SHARED_DIR is set. */
export const DEFAULT_DATA_DIR_FROM_REPO = join('..', 'shared', 'data');

/** The nearest folder above `from` holding a package.json; works from both bench/ (ts-jest) and dist/bench/. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new ReutersFormatError(`no package.json above ${from}`);
  }
}

export class ReutersFormatError extends Error {
  readonly code = 'BENCH_REUTERS_FORMAT';
}

/** The topic Reuters uses for acquisition and merger stories. */
export const ACQUISITION_TOPIC = 'acq';

/** One `<REUTERS>` story, entities decoded and control characters dropped. */
export interface ReutersStory {
  /** NEWID attribute: unique across the 22 files. */
  id: number;
  /** ISO 8601 date-time (UTC assumed; the collection gives no zone), or null when unparsable. */
  date: string | null;
  title: string | null;
  dateline: string | null;
  body: string;
  topics: string[];
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** SGML entities used by the collection; numeric ones below 32 are wire control codes, not text. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|lt|gt|amp|quot|apos);/g, (_all, code: string) => {
    if (code === 'lt') return '<';
    if (code === 'gt') return '>';
    if (code === 'amp') return '&';
    if (code === 'quot') return '"';
    if (code === 'apos') return "'";
    const n = Number(code.slice(1));
    return n < 32 || n === 127 ? '' : String.fromCharCode(n);
  });
}

function element(block: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(block);
  return match ? match[1] : null;
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01Z". */
export function parseReutersDate(raw: string): string | null {
  const match = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const month = MONTHS[match[2]];
  if (!month) return null;
  return `${match[3]}-${month}-${match[1].padStart(2, '0')}T${match[4]}:${match[5]}:${match[6]}Z`;
}

function clean(text: string | null): string | null {
  if (text === null) return null;
  const decoded = decodeEntities(text).trim();
  return decoded === '' ? null : decoded;
}

/** Parse every story of one Reuters-21578 SGML file (or any string holding `<REUTERS>` blocks). */
export function parseReutersSgml(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  const blocks = /<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g;
  for (let match = blocks.exec(sgml); match; match = blocks.exec(sgml)) {
    const idMatch = /NEWID="(\d+)"/.exec(match[1]);
    if (!idMatch) throw new ReutersFormatError(`story without NEWID at offset ${match.index}`);
    const block = match[2];
    const text = element(block, 'TEXT') ?? '';
    const topicsBlock = element(block, 'TOPICS') ?? '';
    const topics = [...topicsBlock.matchAll(/<D>([\s\S]*?)<\/D>/g)].map((d) => d[1].trim());
    const bodyRaw = element(text, 'BODY');
    // TYPE="UNPROC" stories have no inner tags: the whole TEXT is the body.
    const body = bodyRaw ?? (/<TITLE>|<DATELINE>/.test(text) ? '' : text);
    const dateRaw = element(block, 'DATE');
    stories.push({
      id: Number(idMatch[1]),
      date: dateRaw ? parseReutersDate(dateRaw) : null,
      title: clean(element(text, 'TITLE')),
      dateline: clean(element(text, 'DATELINE')),
      body: clean(body) ?? '',
      topics,
    });
  }
  return stories;
}

/** All `reut2-NNN.sgm` files of the collection in file order. Latin-1: one file holds stray high bytes. */
export function loadReutersStories(dataDir: string = dataDirFromEnv(process.env)): ReutersStory[] {
  const dir = join(dataDir, 'reuters21578');
  const files = readdirSync(dir)
    .filter((f) => /^reut2-\d{3}\.sgm$/.test(f))
    .sort();
  if (files.length === 0) throw new ReutersFormatError(`no reut2-NNN.sgm files in ${dir}`);
  return files.flatMap((f) => parseReutersSgml(readFileSync(join(dir, f), 'latin1')));
}

/** Same variable as eval/ uses: the shared folder (seeds, corpus, data), ../shared from the repo by default. */
export const SHARED_DIR_ENV = 'DEALGRAPH_SHARED_DIR';

export function dataDirFromEnv(env: NodeJS.ProcessEnv): string {
  const shared = env[SHARED_DIR_ENV];
  return shared ? join(resolve(shared), 'data') : resolve(repoRoot(), DEFAULT_DATA_DIR_FROM_REPO);
}

/** Title, dateline and body as one news text; the title is also passed apart, the day as `published`. */
export function storyToArticle(story: ReutersStory): ArticleInput {
  const lead = story.dateline ? `${story.dateline} ${story.body}` : story.body;
  const text = story.title ? `${story.title}\n\n${lead}` : lead;
  return {
    file: `reuters21578#${story.id}`,
    text,
    title: story.title,
    url: null,
    published: story.date ? story.date.slice(0, 10) : null,
  };
}

export function isAcquisitionStory(story: ReutersStory): boolean {
  return story.topics.includes(ACQUISITION_TOPIC);
}

/** Whitespace-separated tokens: the unit of the words/s figures. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
