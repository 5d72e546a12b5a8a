import type { Token } from '../tokens';
import { wordSet } from './lexicon-common';

/**
 * "fondée en 1936 à Challans", "Créée en 2017 à Alençon", "founded in Sheffield in 1921", "founded in 1987 in
 * Drammen": after a founding participle, with or without its year, a locative names the town the company was born
 * in, never a party. Read as a company, the town took the story's pointers ("la société", "the company").
 */
const FOUNDING_PARTICIPLES = wordSet(`
fondé | fondée | fondés | fondées | créé | créée | créés | créées | founded | established | incorporated
`);
/** The locatives of a birthplace: a town takes "à" in French, "in" in English. */
const BIRTHPLACE_LOCATIVES = new Set(['à', 'in']);
/** The prepositions of the founding year written between the participle and the place ("en 1936", "in 1987"). */
const YEAR_PREPOSITIONS = new Set(['en', 'in']);
const YEAR_RE = /^\d{4}$/;
/** Longest town read in that slot, in tokens ("Salt Lake City"). */
const MAX_TOWN_TOKENS = 3;

/** Whether tokens [from, to) are the place after a founding participle and its optional year. */
export function isFoundingPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_TOWN_TOKENS || !BIRTHPLACE_LOCATIVES.has(tokens[from - 1]?.lower ?? '')) return false;
  let k = from - 2;
  if (YEAR_RE.test(tokens[k]?.text ?? '') && YEAR_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  return FOUNDING_PARTICIPLES.has(tokens[k]?.lower ?? '');
}
