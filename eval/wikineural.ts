import fs from 'node:fs';
import type { ExtractedArticle } from '../ingest/types';
import type { DetokenizedSentence, TokenSpan } from './conll';
import { charSpanToTokens, detokenize, parseConll, spansOfLabel } from './conll';
import { EvalError } from './errors';
import type { Extract } from './extractor';
import type { Counts, Scores } from './prf';
import { addCounts, emptyCounts, scoresOf } from './prf';

/**
 * Sentences handed to the extractor per call. One keeps the unrelated Wikipedia sentences apart (an
 * extractor propagates a name it recognised to later mentions in the same article, which would leak across
 * sentences); raise it only if per-call overhead dominates.
 */
export const DEFAULT_WIKINEURAL_BATCH_SENTENCES = 1;
/** Sentences whose errors are kept for --verbose and the JSON; the full list would be thousands of lines. */
export const MAX_WIKINEURAL_ERRORS_KEPT = 300;
const ORG_LABEL = 'ORG';
const OTHER_LABELS = ['PER', 'LOC', 'MISC'];

export interface WikiSentenceError {
  sentence: number;
  text: string;
  missed: string[];
  spurious: string[];
}

export interface WikiResult {
  sentences: number;
  goldOrgSpans: number;
  org: Scores;
  /** Predicted ORG mentions whose ends fall inside a token (they count as false positives). */
  unalignedMentions: number;
  /** False positives that overlap a gold ORG span: right organisation, wrong boundaries. */
  boundaryErrors: number;
  /** False positives that are exactly a gold span of another label (PER, LOC, MISC): a typing error. */
  spuriousByOtherLabel: Record<string, number>;
  /** Extractor calls per detected language: a sentence taken for "other" yields nothing at all. */
  detectedLanguages: Record<string, number>;
  batchSentences: number;
  seconds: number;
  sentencesPerSecond: number;
  errors: WikiSentenceError[];
}

const spanKey = (s: TokenSpan): string => `${s.start}:${s.end}`;

/** Predicted ORG token spans per sentence of one batch whose texts were joined with "\n" in order. */
export function predictedOrgSpans(
  article: ExtractedArticle,
  batch: readonly DetokenizedSentence[],
): { spans: Map<string, TokenSpan>[]; unaligned: number } {
  const bases: number[] = [];
  let base = 0;
  for (const s of batch) {
    bases.push(base);
    base += s.text.length + 1;
  }
  const spans = batch.map(() => new Map<string, TokenSpan>());
  let unaligned = 0;
  for (const entity of article.entities) {
    if (entity.type !== 'Organization') continue;
    for (const m of entity.mentions) {
      let i = bases.length - 1;
      while (i > 0 && bases[i] > m.start) i--;
      const span = charSpanToTokens(batch[i].offsets, m.start - bases[i], m.end - bases[i]);
      if (span) spans[i].set(spanKey(span), span);
      else unaligned++;
    }
  }
  return { spans, unaligned };
}

/** Predicted spans that are not gold but share a token with a gold span. */
export function countBoundaryErrors(
  gold: readonly TokenSpan[],
  predicted: ReadonlyMap<string, TokenSpan>,
): number {
  const goldKeys = new Set(gold.map(spanKey));
  let n = 0;
  for (const [k, p] of predicted) {
    if (!goldKeys.has(k) && gold.some((g) => p.start < g.end && g.start < p.end)) n++;
  }
  return n;
}

export function scoreSentenceSpans(
  gold: readonly TokenSpan[],
  predicted: ReadonlyMap<string, TokenSpan>,
): Counts {
  const goldKeys = new Set(gold.map(spanKey));
  const c = emptyCounts();
  for (const k of predicted.keys()) c[goldKeys.has(k) ? 'tp' : 'fp']++;
  c.fn = goldKeys.size - c.tp;
  return c;
}

function spanText(sentence: DetokenizedSentence, s: TokenSpan): string {
  return sentence.text.slice(sentence.offsets[s.start].start, sentence.offsets[s.end - 1].end);
}

export function evaluateWikineural(
  file: string,
  extract: Extract,
  limit: number | null,
  batchSentences = DEFAULT_WIKINEURAL_BATCH_SENTENCES,
): WikiResult {
  if (!fs.existsSync(file)) throw new EvalError('EVAL_DATA_MISSING', `no WikiNEuRal file at ${file}`);
  const started = process.hrtime.bigint();
  const sentences = parseConll(fs.readFileSync(file, 'utf8'), file).slice(0, limit ?? undefined);
  const total = emptyCounts();
  let unalignedMentions = 0;
  let goldOrgSpans = 0;
  const detectedLanguages: Record<string, number> = {};
  let boundaryErrors = 0;
  const spuriousByOtherLabel: Record<string, number> = Object.fromEntries(OTHER_LABELS.map((l) => [l, 0]));
  const errors: WikiSentenceError[] = [];
  for (let from = 0; from < sentences.length; from += batchSentences) {
    const group = sentences.slice(from, from + batchSentences);
    const texts = group.map((s) => detokenize(s.tokens));
    const article = extract({
      file: `${file}#${from}`,
      text: texts.map((t) => t.text).join('\n'),
      title: null,
    });
    detectedLanguages[article.lang] = (detectedLanguages[article.lang] ?? 0) + 1;
    const { spans, unaligned } = predictedOrgSpans(article, texts);
    unalignedMentions += unaligned;
    total.fp += unaligned;
    group.forEach((sentence, i) => {
      const gold = spansOfLabel(sentence.tags, ORG_LABEL);
      goldOrgSpans += gold.length;
      const c = scoreSentenceSpans(gold, spans[i]);
      addCounts(total, c);
      boundaryErrors += countBoundaryErrors(gold, spans[i]);
      for (const label of OTHER_LABELS) {
        const other = new Set(spansOfLabel(sentence.tags, label).map(spanKey));
        for (const k of spans[i].keys()) if (other.has(k)) spuriousByOtherLabel[label]++;
      }
      if ((c.fp > 0 || c.fn > 0) && errors.length < MAX_WIKINEURAL_ERRORS_KEPT) {
        const goldKeys = new Set(gold.map(spanKey));
        errors.push({
          sentence: from + i,
          text: texts[i].text,
          missed: gold.filter((g) => !spans[i].has(spanKey(g))).map((g) => spanText(texts[i], g)),
          spurious: [...spans[i].values()]
            .filter((p) => !goldKeys.has(spanKey(p)))
            .map((p) => spanText(texts[i], p)),
        });
      }
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    sentences: sentences.length,
    goldOrgSpans,
    org: scoresOf(total),
    unalignedMentions,
    boundaryErrors,
    spuriousByOtherLabel,
    detectedLanguages,
    batchSentences,
    seconds,
    sentencesPerSecond: seconds > 0 ? sentences.length / seconds : 0,
    errors,
  };
}
