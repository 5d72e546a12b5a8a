import fs from 'node:fs';
import path from 'node:path';
import type { EntityType, Language, RelationType } from '../ingest/types';
import { RELATION_TYPES } from '../ingest/types';
import { articleId } from '../ingest/read/article-id';
import { EvalError } from './errors';
import { sharedSourceData } from './source-data';
import type { SourceData } from './text-source';
import { describeSource, parseEvidenceSpan, parseTextSource, resolveTextSource } from './text-source';

/** One annotated article, as described in ../shared/corpus/GOLD-FORMAT.md, with its text loaded. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  /** The stating sentence: inline, or cut from the text by `evidence_span` in pointer files. */
  evidence: string | null;
}

export interface GoldArticle {
  id: string;
  /** The file the annotation came from, for error listings. */
  file: string;
  lang: Language;
  title: string | null;
  published: string | null;
  text: string;
  /** Where the text came from when the file points into a shared data set (real-text gold), else absent. */
  source?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const ENTITY_TYPES: readonly EntityType[] = ['Organization', 'Person'];

function fail(file: string, what: string): never {
  throw new EvalError('EVAL_GOLD_INVALID', `${file}: ${what}`);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function parseEntity(file: string, raw: unknown): GoldEntity {
  const e = raw as Record<string, unknown>;
  if (typeof e?.name !== 'string' || !ENTITY_TYPES.includes(e.type as EntityType)) {
    fail(file, `bad entity ${JSON.stringify(raw)}`);
  }
  const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { name: e.name, type: e.type as EntityType, aliases };
}

function parseRelation(file: string, raw: unknown, text: string): GoldRelation {
  const r = raw as Record<string, unknown>;
  if (
    !RELATION_TYPES.includes(r?.type as RelationType) ||
    typeof r.source !== 'string' ||
    typeof r.target !== 'string'
  ) {
    fail(file, `bad relation ${JSON.stringify(raw)}`);
  }
  const span = parseEvidenceSpan(file, r.evidence_span, text.length);
  return {
    type: r.type as RelationType,
    source: r.source,
    target: r.target,
    evidence: optionalString(r.evidence) ?? (span ? text.slice(span[0], span[1]) : null),
  };
}

/**
 * Parses one gold JSON document. The text is inline (`text`), or, as in the seed gold, in a file named by
 * `text_file` relative to the gold file's own folder, or (real-text gold) in a shared data set named by
 * `text_source`; a pointer file without `published` takes the date the data set gives.
 */
export function parseGold(
  file: string,
  json: string,
  readText: (p: string) => string,
  sources: SourceData = sharedSourceData(),
): GoldArticle {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (err) {
    return fail(file, `not JSON (${(err as Error).message})`);
  }
  if (raw.lang !== 'fr' && raw.lang !== 'en') fail(file, `lang must be fr or en, got ${String(raw.lang)}`);
  let text: string;
  let published = optionalString(raw.published);
  let source: string | undefined;
  const inlineKeys = ['text', 'text_file'].filter((k) => raw[k] !== undefined);
  if (raw.text_source !== undefined) {
    if (inlineKeys.length) fail(file, `text_source excludes ${inlineKeys.join(' and ')}`);
    const pointer = parseTextSource(file, raw.text_source);
    const resolved = resolveTextSource(file, pointer, sources);
    text = resolved.text;
    published ??= resolved.published;
    source = describeSource(pointer);
  } else if (typeof raw.text === 'string') text = raw.text;
  else if (typeof raw.text_file === 'string')
    text = readText(path.resolve(path.dirname(file), raw.text_file));
  else return fail(file, 'none of text, text_file, text_source');
  if (!Array.isArray(raw.entities) || !Array.isArray(raw.relations)) fail(file, 'entities/relations missing');
  return {
    id: typeof raw.id === 'string' ? raw.id : path.basename(file, '.json'),
    file,
    lang: raw.lang,
    title: optionalString(raw.title),
    published,
    text,
    ...(source === undefined ? {} : { source }),
    entities: raw.entities.map((e) => parseEntity(file, e)),
    relations: raw.relations.map((r) => parseRelation(file, r, text)),
  };
}

export function readGoldFile(file: string): GoldArticle {
  return parseGold(file, fs.readFileSync(file, 'utf8'), (p) => fs.readFileSync(p, 'utf8'));
}

/**
 * The seed gold plus every *.json of the dev gold folders (tests/dev-gold, -2, -3), in a stable order. An id
 * seen twice (the seed copied into the dev set, even renamed) is scored once, so it does not weigh double:
 * identity is the id or the text.
 */
export function loadGoldSet(seedGold: string, devGoldDirs: string | readonly string[]): GoldArticle[] {
  const dirs = typeof devGoldDirs === 'string' ? [devGoldDirs] : devGoldDirs;
  const files: string[] = [];
  if (fs.existsSync(seedGold)) files.push(seedGold);
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    const dev = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    files.push(...dev.sort().map((f) => path.join(dir, f)));
  }
  if (files.length === 0) {
    throw new EvalError('EVAL_DATA_MISSING', `no gold at ${seedGold} or ${dirs.join(', ')}`);
  }
  const seen = new Set<string>();
  const out: GoldArticle[] = [];
  for (const file of files) {
    const gold = readGoldFile(file);
    const textId = articleId(gold.text);
    if (seen.has(gold.id) || seen.has(textId)) continue;
    seen.add(gold.id).add(textId);
    out.push(gold);
  }
  return out;
}
