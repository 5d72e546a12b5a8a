import { EvalError } from './errors';

/**
 * Real-text gold files do not carry their text (the data sets must not be copied into the repository); they
 * point at it in a shared data set instead. This module reads and resolves those pointers; where the data comes
 * from is source-data.ts.
 */
export type TextSource =
  { dataset: 'reuters21578'; newid: number } | { dataset: 'wikineural-fr'; first: number; count: number };

/** Longest window of consecutive WikiNEuRal sentences one gold article may cover (sentences). */
export const MAX_WIKINEURAL_WINDOW_SENTENCES = 12;

/** Joins the sentences of a WikiNEuRal window: one space, as the format says. */
export const WIKINEURAL_WINDOW_SEPARATOR = ' ';

export interface SourceText {
  text: string;
  /** YYYY-MM-DD when the data set dates the text, else null. */
  published: string | null;
}

/** The texts pointers resolve against; the real one reads ../shared/data once per run, tests pass fixtures. */
export interface SourceData {
  reutersStory(newid: number): SourceText | undefined;
  /** Every sentence of val.conllu in file order, detokenised as eval/conll.ts does. */
  wikineuralSentences(): readonly string[];
}

function invalid(file: string, what: string): never {
  throw new EvalError('EVAL_GOLD_INVALID', `${file}: ${what}`);
}

const isNonNegativeInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function describeSource(source: TextSource): string {
  return source.dataset === 'reuters21578'
    ? `reuters21578 NEWID ${source.newid}`
    : `wikineural-fr sentences ${source.first}..${source.first + source.count - 1}`;
}

/** Checks the shape of a `text_source` object; whether it points at existing text is resolveTextSource's job. */
export function parseTextSource(file: string, raw: unknown): TextSource {
  const r = raw as Record<string, unknown> | null;
  if (r?.dataset === 'reuters21578') {
    if (!isNonNegativeInt(r.newid))
      invalid(file, `text_source.newid must be an integer, got ${String(r.newid)}`);
    return { dataset: 'reuters21578', newid: r.newid };
  }
  if (r?.dataset === 'wikineural-fr') {
    if (!isNonNegativeInt(r.first)) invalid(file, `text_source.first must be an integer ≥ 0`);
    if (
      !Number.isInteger(r.count) ||
      (r.count as number) < 1 ||
      (r.count as number) > MAX_WIKINEURAL_WINDOW_SENTENCES
    )
      invalid(file, `text_source.count must be an integer in 1..${MAX_WIKINEURAL_WINDOW_SENTENCES}`);
    return { dataset: 'wikineural-fr', first: r.first, count: r.count as number };
  }
  return invalid(file, `unknown text_source ${JSON.stringify(raw)}`);
}

/** The text a pointer names, or EVAL_GOLD_INVALID naming the file and the pointer when there is no such text. */
export function resolveTextSource(file: string, source: TextSource, data: SourceData): SourceText {
  if (source.dataset === 'reuters21578') {
    const story = data.reutersStory(source.newid);
    if (!story) invalid(file, `no story for ${describeSource(source)}`);
    return story;
  }
  const sentences = data.wikineuralSentences();
  if (source.first + source.count > sentences.length) {
    invalid(file, `${describeSource(source)} is past the last sentence (${sentences.length - 1})`);
  }
  const window = sentences.slice(source.first, source.first + source.count);
  return { text: window.join(WIKINEURAL_WINDOW_SEPARATOR), published: null };
}

/**
 * An `evidence_span` [start, end) as offsets into the resolved text: integers with 0 ≤ start < end ≤ length.
 * Absent (undefined or null) gives null.
 */
export function parseEvidenceSpan(file: string, raw: unknown, textLength: number): [number, number] | null {
  if (raw === undefined || raw === null) return null;
  const ok =
    Array.isArray(raw) &&
    raw.length === 2 &&
    isNonNegativeInt(raw[0]) &&
    isNonNegativeInt(raw[1]) &&
    raw[0] < raw[1] &&
    raw[1] <= textLength;
  if (!ok) invalid(file, `evidence_span ${JSON.stringify(raw)} is not [start, end) within 0..${textLength}`);
  return [raw[0] as number, raw[1] as number];
}
