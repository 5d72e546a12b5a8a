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

/**
 * Rebuilds readable text from tokens so the extractor sees "Nintendo, dans l'installation" rather than
 * "Nintendo , dans l' installation": commas, full stops and closing brackets stick to the word before, elided
 * words and opening brackets to the word after, straight double quotes alternate opening/closing. Guillemets
 * and ; : ! ? keep their spaces, as French typography writes them.
 */
export function detokenize(tokens: readonly string[]): DetokenizedSentence {
  let text = '';
  const offsets: { start: number; end: number }[] = [];
  let quoteOpen = false;
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.has(token);
    glueNext = NO_SPACE_AFTER.has(token) || ELISION.test(token);
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
