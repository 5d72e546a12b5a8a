import { createHash } from 'node:crypto';
import type { ArticleInput } from '../ingest/types';

/**
 * Grows the Reuters collection past its 21,578 stories for the growth benchmark: each extra article is
 * a real story whose company names are swapped for synthetic ones, so the text, the sentence shapes
 * and the deal phrasing stay real while the graph gets new, recurring entities.
 */

/** Seed of the default run; any other value gives another, equally reproducible corpus. */
export const DEFAULT_RECOMBINE_SEED = 20261126;
/** Give up after this many tries per wanted article: only a tiny name pool can exhaust distinct texts. */
const MAX_ATTEMPTS_PER_ARTICLE = 50;
/** How many distinct synthetic companies exist; small enough that names recur and connect the graph. */
export const DEFAULT_NAME_POOL_SIZE = 30_000;

// Syllables for invented names; 36 of them give 36^3 = 46,656 three-syllable names.
const SYLLABLES = [
  'ka',
  'lor',
  'ven',
  'tri',
  'mo',
  'zan',
  'qui',
  'dex',
  'ra',
  'sol',
  'bel',
  'nor',
  'vi',
  'tam',
  'cor',
  'gen',
  'lu',
  'pax',
  'fer',
  'do',
  'mir',
  'ost',
  'ux',
  'hal',
  'sen',
  'tor',
  'ba',
  'cel',
  'ny',
  'rho',
  'ga',
  'vel',
  'zo',
  'ark',
  'in',
  'ept',
];

/** Legal forms that mark a capitalised phrase as a company name in English wire copy. */
const COMPANY_SUFFIX =
  '(?:Inc|Corp|Corporation|Co|Cos|Ltd|Plc|PLC|Group|Holdings|Industries|AG|SA|NV|Bancorp|Trust)';
const CAPITALISED_WORD = "[A-Z][A-Za-z0-9'&-]*";
const COMPANY_NAME = new RegExp(
  `\\b((?:${CAPITALISED_WORD}\\s){1,3})${COMPANY_SUFFIX}\\b\\.?|<((?:${CAPITALISED_WORD}\\s?){1,5})>`,
  'g',
);
const IS_SUFFIX = new RegExp(`^${COMPANY_SUFFIX}$`);
/** Sentence-initial words that the pattern above would otherwise glue to the front of a name. */
const NOT_NAME_START = new Set([
  'The',
  'A',
  'An',
  'And',
  'Of',
  'In',
  'For',
  'By',
  'To',
  'Said',
  'Its',
  'Unit',
]);

export class RecombineError extends Error {
  readonly code = 'BENCH_RECOMBINE_EXHAUSTED';
}

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A distinct invented word for every index below 36^3 (indexes wrap beyond). */
export function syntheticName(index: number): string {
  const base = SYLLABLES.length;
  const n = index % base ** 3;
  const word =
    SYLLABLES[Math.floor(n / base ** 2)] + SYLLABLES[Math.floor(n / base) % base] + SYLLABLES[n % base];
  return word[0].toUpperCase() + word.slice(1);
}

/** The distinctive part of every company name in the text ("Chemlawn" for "Chemlawn Corp"), in order. */
export function findCompanyCores(text: string): string[] {
  const cores = new Set<string>();
  for (const match of text.matchAll(COMPANY_NAME)) {
    const words = (match[1] ?? match[2]).trim().split(/\s+/);
    while (words.length > 0 && NOT_NAME_START.has(words[0])) words.shift();
    while (words.length > 1 && IS_SUFFIX.test(words[words.length - 1])) words.pop();
    if (words.length > 0) cores.add(words.join(' '));
  }
  return [...cores];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each core with its short forms: "Computer Terminal Systems" is later just "Computer Terminal". */
function withShortForms(replacements: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map(replacements);
  for (const [core, to] of replacements) {
    const words = core.split(' ');
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(' ');
      if (!all.has(prefix)) all.set(prefix, to);
    }
  }
  return all;
}

/** Replace each core, its short forms and their all-caps headline forms by the new name, longest first. */
export function swapNames(text: string, replacements: ReadonlyMap<string, string>): string {
  let out = text;
  const all = withShortForms(replacements);
  const cores = [...all.keys()].sort((a, b) => b.length - a.length);
  for (const core of cores) {
    const to = all.get(core) as string;
    out = out.replace(new RegExp(`\\b${escapeRegExp(core)}\\b`, 'g'), to);
    const upper = core.toUpperCase();
    if (upper !== core) out = out.replace(new RegExp(`\\b${escapeRegExp(upper)}\\b`, 'g'), to.toUpperCase());
  }
  return out;
}

export interface RecombineOptions {
  seed?: number;
  namePoolSize?: number;
}

/**
 * `count` new articles built from `sources` (only those naming at least one company), deterministic for
 * a given seed and source list; each text is distinct from the sources and from the others.
 */
export function recombineArticles(
  sources: readonly ArticleInput[],
  count: number,
  options: RecombineOptions = {},
): ArticleInput[] {
  const random = seededRandom(options.seed ?? DEFAULT_RECOMBINE_SEED);
  const poolSize = options.namePoolSize ?? DEFAULT_NAME_POOL_SIZE;
  const usable = sources
    .map((article) => ({ article, cores: findCompanyCores(article.text) }))
    .filter((s) => s.cores.length > 0);
  if (usable.length === 0 && count > 0) throw new RecombineError('no source article names a company');
  const seen = new Set(sources.map((s) => digest(s.text)));
  const out: ArticleInput[] = [];
  for (let attempt = 0; out.length < count; attempt++) {
    if (attempt > count * MAX_ATTEMPTS_PER_ARTICLE) {
      throw new RecombineError(`only ${out.length} distinct recombinations of ${count} wanted`);
    }
    const { article, cores } = usable[attempt % usable.length];
    const replacements = new Map<string, string>();
    for (const core of cores) replacements.set(core, syntheticName(Math.floor(random() * poolSize)));
    const text = swapNames(article.text, replacements);
    const key = digest(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ...article,
      file: `${article.file}~r${out.length}`,
      text,
      title: article.title ? swapNames(article.title, replacements) : (article.title ?? null),
    });
  }
  return out;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
