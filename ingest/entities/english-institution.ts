import type { Token } from '../tokens';
import { isNameToken } from './name-joins';
import { isTownAfterOwnName } from './company-towns';
import { ENGLISH_INSTITUTION_HEADS as INSTITUTION_HEADS_EN } from './lexicon-common';

/**
 * English institutions are named by a head noun and a complement with "of"/"for (the)": "Royal Society for the
 * Protection of X", "Organization of American States", "Bankruptcy court for the Southern District of Y". The
 * cutter stops at the lower-case preposition; after such a head the capitalised complement belongs to the name.
 */

/** Heads that wire copy writes in lower case inside a capitalised name ("the U.S. Bankruptcy court for …"). */
const LOWER_CASE_HEADS = new Set(['court', 'tribunal']);
/** Longest complement taken, in tokens ("the Southern District of New York" is six). */
const MAX_COMPLEMENT_TOKENS = 7;
const INNER_WORDS = new Set(['of', 'and', 'the', 'for']);

/**
 * Tokens a run ending at j takes in as an institution's complement: an optional lower-case head ("court"), then
 * "of"/"for", an optional "the", and capitalised words with inner "of/and/the". 0 when the shape is not there.
 */
export function englishInstitutionTail(tokens: Token[], runFrom: number, j: number): number {
  let k = j;
  const last = tokens[j - 1];
  if (!last || j <= runFrom) return 0;
  let head = INSTITUTION_HEADS_EN.has(last.lower) && isNameToken(last);
  if (!head && LOWER_CASE_HEADS.has(tokens[k]?.lower ?? '') && tokens[k].text === tokens[k].lower) {
    head = true;
    k++;
  }
  if (!head) return 0;
  const prep = tokens[k];
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'for') || prep.text !== prep.lower) return 0;
  // "X Savings and Loan Association of <town>": where, not who (name-joins.ts)
  if (prep.lower === 'of' && k === j && isTownAfterOwnName(tokens, runFrom, k)) return 0;
  k++;
  if (tokens[k]?.text === 'the') k++;
  if (!tokens[k] || !isNameToken(tokens[k])) return 0;
  let end = k;
  for (let i = k; i < tokens.length && i - k < MAX_COMPLEMENT_TOKENS; i++) {
    if (isNameToken(tokens[i])) end = i + 1;
    else if (!INNER_WORDS.has(tokens[i].text) || !tokens[i + 1] || !isNameToken(tokens[i + 1])) break;
  }
  return end - j;
}

/** "Organization of American States": a capitalised institution head inside the name, before its complement. */
export function hasEnglishInstitutionHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const next = tokens[i + 1].lower;
    if (INSTITUTION_HEADS_EN.has(tokens[i].lower) && (next === 'of' || next === 'for')) return true;
  }
  return false;
}

/**
 * Heads that also end names of buildings and places ("Rockefeller Center", "Trade Centre", "the Senate Chamber"):
 * they name a body only with their "of" complement ("Chamber of Commerce").
 */
const PLACE_LIKE_HEADS = new Set(['centre', 'center', 'court', 'chamber']);

/**
 * "the Food and Drug Administration", "Drug Enforcement Administration": a capitalised run of two or more words
 * closed by a capitalised institution head names the body; no person's name ends in such a noun.
 */
export function endsWithEnglishInstitutionHead(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = tokens[to - 1];
  // "the Reagan Administration" is a president's government: a body's own name has two words before the head
  if (last.lower === 'administration' && to - from < 3) return false;
  // "the Blockbuster UK Administration": a company and a country before it name an insolvency, not a body
  if (
    last.lower === 'administration' &&
    tokens.slice(from + 1, to).some((t) => /^\p{Lu}{2,3}$/u.test(t.text))
  )
    return false;
  return (
    INSTITUTION_HEADS_EN.has(last.lower) &&
    !PLACE_LIKE_HEADS.has(last.lower) &&
    /^\p{Lu}/u.test(last.text) &&
    isNameToken(tokens[from])
  );
}
