import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';

/**
 * Brands written in lower case around a digit ("o9", "e2v", "n8n") open a company name before a company word
 * ("o9 Solutions", "e2v Technologies"). A lower-case word counts only with a digit inside, so ordinary words stay
 * out, and only before a company word, so units and codes ("m2", "h2") stay out too.
 */
const GLUED_DIGIT_BRAND_RE = /^\p{Ll}{1,3}\p{N}{1,2}\p{Ll}{0,3}$/u;

/** Where the name that begins at `a` really begins: one token earlier when a lower-case digit brand opens it. */
export function gluedDigitBrandStart(tokens: Token[], a: number): number {
  const prev = tokens[a - 1];
  const first = tokens[a];
  if (!prev || !first || prev.kind !== 'word' || prev.end === first.start) return a;
  if (!GLUED_DIGIT_BRAND_RE.test(prev.text)) return a;
  const w = first.lower.replace(/\.$/, '');
  return ORG_HEAD_WORDS.has(w) || LEGAL_FORMS.has(w) ? a - 1 : a;
}
