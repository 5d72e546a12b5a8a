import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle, ExtractedRelation } from '../ingest/types';
import { foldName, foldText } from '../ingest/resolve/normalize';
import type { AcqSlot, AnswerKey } from './acquisitions-data';
import {
  ACQ_SLOTS,
  acceptedValues,
  normalizeSlotValue,
  parseAnswerKey,
  readAcqDocText,
} from './acquisitions-data';
import { EvalError } from './errors';
import type { Extract } from './extractor';
import type { Counts, Scores } from './prf';
import { addCounts, emptyCounts, scoresOf } from './prf';

/** The filled template of one document; null = the slot was left empty. */
export type AcqTemplate = Record<AcqSlot, string | null>;

export interface AcqSlotError {
  doc: string;
  slot: AcqSlot;
  predicted: string | null;
  gold: string[];
}

export interface AcqResult {
  docs: number;
  /** Exact match after case/whitespace normalisation: comparable with the published numbers. */
  exact: Record<AcqSlot, Scores>;
  /** Names compared by foldName (legal suffix, accents, punctuation dropped; any alias of the entity), amounts by
   * foldText: shows how much of the strict loss is boundary choice rather than a wrong party. */
  lenient: Record<AcqSlot, Scores>;
  /** Documents per detected language: one taken for French or "other" is scored with whatever it yields. */
  detectedLanguages: Record<string, number>;
  errors: AcqSlotError[];
  seconds: number;
}

/** The document's deal is the ACQUIRED relation of highest confidence, whatever its status (keys include
 * terminated deals); ties go to the one stated first. */
export function pickDealRelation(article: ExtractedArticle): ExtractedRelation | null {
  let best: ExtractedRelation | null = null;
  for (const r of article.relations) {
    if (r.type === 'ACQUIRED' && (best === null || r.confidence > best.confidence)) best = r;
  }
  return best;
}

export function templateOf(relation: ExtractedRelation | null): AcqTemplate {
  return {
    PURCHASER: relation?.source ?? null,
    ACQUIRED: relation?.target ?? null,
    SELLER: relation?.seller ?? null,
    DLRAMT: relation?.amountText ?? null,
  };
}

/**
 * One slot of one document into counts: a filled slot is a true positive when it equals any accepted string,
 * else a false positive (and a false negative if the key had a value); an empty slot misses a keyed value.
 */
export function scoreSlot(
  predicted: readonly string[],
  accepted: readonly string[],
  same: (a: string, b: string) => boolean,
): Counts {
  const c = emptyCounts();
  if (predicted.length === 0) {
    if (accepted.length > 0) c.fn++;
    return c;
  }
  if (predicted.some((p) => accepted.some((a) => same(p, a)))) c.tp++;
  else {
    c.fp++;
    if (accepted.length > 0) c.fn++;
  }
  return c;
}

const exactSame = (a: string, b: string): boolean => normalizeSlotValue(a) === normalizeSlotValue(b);
const nameSame = (a: string, b: string): boolean => foldName(a) !== '' && foldName(a) === foldName(b);
const amountSame = (a: string, b: string): boolean => foldText(a) !== '' && foldText(a) === foldText(b);

/** The forms the lenient comparison may use for a slot: every surface of the named entity. */
function lenientForms(article: ExtractedArticle, value: string | null, slot: AcqSlot): string[] {
  if (value === null) return [];
  if (slot === 'DLRAMT') return [value];
  const entity = article.entities.find((e) => e.name === value);
  return entity ? [entity.name, ...entity.aliases] : [value];
}

export function listAcqDocs(dir: string): string[] {
  const keyDir = path.join(dir, 'anskeys');
  if (!fs.existsSync(keyDir)) throw new EvalError('EVAL_DATA_MISSING', `no answer keys at ${keyDir}`);
  return fs
    .readdirSync(keyDir)
    .filter((f) => f.endsWith('.key'))
    .map((f) => f.slice(0, -'.key'.length))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

export function evaluateAcquisitions(dir: string, extract: Extract, limit: number | null): AcqResult {
  const started = process.hrtime.bigint();
  const ids = listAcqDocs(dir).slice(0, limit ?? undefined);
  const exact = Object.fromEntries(ACQ_SLOTS.map((s) => [s, emptyCounts()])) as Record<AcqSlot, Counts>;
  const lenient = Object.fromEntries(ACQ_SLOTS.map((s) => [s, emptyCounts()])) as Record<AcqSlot, Counts>;
  const errors: AcqSlotError[] = [];
  const detectedLanguages: Record<string, number> = {};
  for (const id of ids) {
    const keyFile = path.join(dir, 'anskeys', `${id}.key`);
    const key: AnswerKey = parseAnswerKey(fs.readFileSync(keyFile, 'utf8'), keyFile);
    const docFile = path.join(dir, 'docs', id);
    const text = readAcqDocText(fs.readFileSync(docFile, 'utf8'));
    const article = extract({ file: docFile, text, title: null, published: null });
    detectedLanguages[article.lang] = (detectedLanguages[article.lang] ?? 0) + 1;
    const template = templateOf(pickDealRelation(article));
    for (const slot of ACQ_SLOTS) {
      const accepted = acceptedValues(key, slot);
      const value = template[slot];
      const strict = scoreSlot(value === null ? [] : [value], accepted, exactSame);
      addCounts(exact[slot], strict);
      const loose = slot === 'DLRAMT' ? amountSame : nameSame;
      addCounts(lenient[slot], scoreSlot(lenientForms(article, value, slot), accepted, loose));
      if (strict.tp === 0 && (value !== null || accepted.length > 0)) {
        errors.push({ doc: id, slot, predicted: value, gold: accepted });
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    docs: ids.length,
    exact: mapScores(exact),
    lenient: mapScores(lenient),
    detectedLanguages,
    errors,
    seconds,
  };
}

function mapScores(counts: Record<AcqSlot, Counts>): Record<AcqSlot, Scores> {
  return Object.fromEntries(ACQ_SLOTS.map((s) => [s, scoresOf(counts[s])])) as Record<AcqSlot, Scores>;
}
