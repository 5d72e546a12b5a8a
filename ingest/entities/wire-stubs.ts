import type { Token } from '../tokens';
import { LEGAL_FORMS } from './lexicon-common';

/**
 * Pieces of wire copy that look like names but are left over from one: a legal form cut off its name by quotes
 * or brackets ('Toys "R" Us Inc', "Union Bank of Switzerland (Securities) Ltd"), a ticker whose market code
 * follows after a space ("<ERIC ST>", Stockholm), and the agency's sign-off glued to the last sentence when a
 * legal form's dot did not end it ("… Intermedics Inc. REUTER").
 */

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/** Tokens [from, to) are legal forms only ("Inc", "Co Ltd"): a form names no company without its name. */
export function isLoneLegalForm(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i].kind !== 'word' || !LEGAL_FORMS.has(bare(tokens[i]))) return false;
  return to > from;
}

/** A ticker's symbol and a market code of one or two capitals after a space: "ERIC ST", "VOLV B". */
const SYMBOL_RE = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const MARKET_CODE_RE = /^\p{Lu}{1,2}$/u;

/**
 * Tokens [from, to) are "<SYMBOL XX>" right after another word: the Nordic desks write the market after a space,
 * so the bracket is a ticker, not an unlisted company's name.
 */
export function isSpacedTicker(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || tokens[from - 1]?.text !== '<' || tokens[to]?.text !== '>') return false;
  if (!SYMBOL_RE.test(tokens[from].text) || !MARKET_CODE_RE.test(tokens[from + 1].text)) return false;
  const before = tokens[from - 2];
  return !!before && before.kind === 'word';
}

/**
 * One capitalised word closing the article, after a word ending in a dot and before nothing but punctuation: the
 * agency's sign-off that a legal form's dot kept in the last sentence ("Inc. REUTER", "Ltd. Reuter").
 */
export function isGluedSignOff(
  tokens: Token[],
  from: number,
  to: number,
  sentence: number,
  sentenceCount: number,
): boolean {
  if (sentence !== sentenceCount - 1 || to - from !== 1) return false;
  const w = tokens[from];
  if (!/^\p{Lu}/u.test(w.text) || LEGAL_FORMS.has(bare(w))) return false;
  // the dot closes a legal form ("Inc." or "Inc" "."), not an abbreviation that opens a name ("U.S. Treasury")
  const dot = tokens[from - 1];
  const form = dot?.text === '.' ? tokens[from - 2] : dot;
  if (!dot?.text.endsWith('.') || !form || form.kind !== 'word' || !LEGAL_FORMS.has(bare(form))) return false;
  return tokens.slice(to).every((t) => t.kind === 'punct');
}
