import { EvalError } from './errors';

/** One sentence of a CoNLL-like file (index, token, IOB2 tag per line; blank line between sentences). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** A run of tokens [start, end), end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface DetokenizedSentence {
  text: string;
  /** Character offsets (UTF-16, end exclusive) of each token in `text`. */
  offsets: { start: number; end: number }[];
}

export function parseConll(text: string, source = 'conll'): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (current.tokens.length) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return flush();
    const cols = line.split('\t');
    if (cols.length < 3) throw new EvalError('EVAL_CONLL_INVALID', `${source}:${i + 1}: expected 3 columns`);
    current.tokens.push(cols[1]);
    current.tags.push(cols[2].trim());
  });
  flush();
  return sentences;
}

/**
 * Spans of one entity label ("ORG") from IOB2 tags. An I- tag that does not continue a span of its label opens
 * one, as the usual conlleval reading does.
 */
export function spansOfLabel(tags: readonly string[], label: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === `I-${label}` && open !== null) {
      open.end = i + 1;
      continue;
    }
    open = null;
    if (tag === `B-${label}` || tag === `I-${label}`) {
      open = { start: i, end: i + 1 };
      spans.push(open);
    }
  }
  return spans;
}

const NO_SPACE_BEFORE = new Set([',', '.', ')', ']', '..', '...', '…', '%']);
const NO_SPACE_AFTER = new Set(['(', '[']);
/** French elided articles and pronouns (l', d', qu', jusqu'…) attach to the next word. */
const ELISION = /^\p{L}+['’]$/u;
const STRAIGHT_QUOTE = '"';

/** How one language spaces its tokens: the glue rules a detokeniser needs, everything else is shared. */
export interface Typography {
  /** The token at `i` is written against the token before it (closing punctuation). */
  sticksToPrevious(tokens: readonly string[], i: number): boolean;
  /** The token after `i` is written against it (opening brackets, elided words). */
  holdsNext(tokens: readonly string[], i: number): boolean;
}

/**
 * Joins tokens by `typography`, keeping each token's character offsets. Straight double quotes alternate
 * opening/closing. Empty and whitespace-only tokens get a zero-width offset and add nothing, so token indices
 * still line up with offsets.
 */
export function detokenizeBy(tokens: readonly string[], typography: Typography): DetokenizedSentence {
  let text = '';
  const offsets: { start: number; end: number }[] = [];
  let quoteOpen = false;
  let glueNext = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.trim() === '') {
      offsets.push({ start: text.length, end: text.length });
      continue;
    }
    let glue = glueNext || typography.sticksToPrevious(tokens, i);
    glueNext = typography.holdsNext(tokens, i);
    if (token === STRAIGHT_QUOTE) {
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    offsets.push({ start: text.length, end: text.length + token.length });
    text += token;
  }
  return { text, offsets };
}

const FRENCH_TYPOGRAPHY: Typography = {
  sticksToPrevious: (tokens, i) => NO_SPACE_BEFORE.has(tokens[i]),
  holdsNext: (tokens, i) => NO_SPACE_AFTER.has(tokens[i]) || ELISION.test(tokens[i]),
};

/**
 * Rebuilds readable text from tokens so the extractor sees "Nintendo, dans l'installation" rather than
 * "Nintendo , dans l' installation": commas, full stops and closing brackets stick to the word before, elided
 * words and opening brackets to the word after. Guillemets and ; : ! ? keep their spaces, as French typography
 * writes them.
 */
export function detokenize(tokens: readonly string[]): DetokenizedSentence {
  return detokenizeBy(tokens, FRENCH_TYPOGRAPHY);
}

/**
 * The token span whose first token starts at `start` and last token ends at `end`, or null when the
 * character span does not fall on token boundaries (then it cannot equal any gold span).
 */
export function charSpanToTokens(
  offsets: readonly { start: number; end: number }[],
  start: number,
  end: number,
): TokenSpan | null {
  const first = offsets.findIndex((o) => o.start === start);
  if (first === -1) return null;
  for (let i = first; i < offsets.length; i++) {
    if (offsets[i].end === end) return { start: first, end: i + 1 };
    if (offsets[i].end > end) return null;
  }
  return null;
}
