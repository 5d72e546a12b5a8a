import type { Token } from '../tokens';

/**
 * "Currently, Captive Venture Capital stock is traded…", "Additionally, the group…": a sentence-opening adverb
 * before a comma is capitalised by position only. Short "-ly" words are left alone: surnames and firms end so too
 * ("Bally, which…", "Kelly, 54,").
 */
const ADVERB_RE = /^\p{Lu}\p{Ll}+(?:ally|ently|antly|ately|ively|ously|edly|arly|ily|ully|ingly)$/u;
const MIN_ADVERB_LETTERS = 8;

/** True when the token at `a` is a long "-ly" adverb followed by a comma. */
export function isOpeningAdverb(tokens: Token[], a: number): boolean {
  const t = tokens[a];
  return !!t && t.text.length >= MIN_ADVERB_LETTERS && ADVERB_RE.test(t.text) && tokens[a + 1]?.text === ',';
}
