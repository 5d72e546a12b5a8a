import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FIRST_NAMES } from './first-names';
import { knownOrganisation } from './known-organisations';
import {
  ENGLISH_INSTITUTION_HEADS,
  LEGAL_FORMS,
  NATIONALITIES,
  ORG_HEAD_WORDS,
  PLACES,
} from './lexicon-common';

/**
 * Trade bodies and markets named after the goods of their members, listed with commas: "New York Coffee, Sugar
 * and Cocoa Exchange", "British Biscuit, Cake, Chocolate and Confectionery Alliance". The cutter splits such a name at its commas and its "and", as it must for a list of
 * companies; but a list of companies gives each member a company word or a known name, while here the members are
 * bare common nouns and only the last one carries the body's head noun, so the commas lie inside one name.
 */

/** Heads of such names besides the English institution heads: markets and trade alliances. */
const MARKET_AND_ALLIANCE_HEADS = new Set(['exchange', 'alliance']);

/** Most bare members between the first one and the tail ("A, B, C and D Exchange"). */
const MAX_INNER_MEMBERS = 4;

/** Most words of the first member ("New York Coffee") and of the tail ("Dried Fruit Association"). */
const MAX_EDGE_WORDS = 3;

function isHead(t: Token): boolean {
  return (
    /^\p{Lu}/u.test(t.text) &&
    (ENGLISH_INSTITUTION_HEADS.has(t.lower) || MARKET_AND_ALLIANCE_HEADS.has(t.lower))
  );
}

/** One title-case common noun: not a place, a nationality, a given name, a company word or a known company. */
function isMemberWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  const w = t.lower;
  if (PLACES.has(w) || NATIONALITIES.has(w) || FIRST_NAMES.has(w)) return false;
  if (ORG_HEAD_WORDS.has(w) || LEGAL_FORMS.has(w) || isHead(t)) return false;
  return knownOrganisation(t.text) === null;
}

/** "Coffee" alone between commas. */
function isInnerMember(tokens: Token[], c: Candidate): boolean {
  return c.to - c.from === 1 && isMemberWord(tokens[c.from]);
}

/** "New York Coffee", "British Biscuit": capitalised words closed by a member word. */
function isFirstMember(tokens: Token[], c: Candidate): boolean {
  const n = c.to - c.from;
  if (n < 1 || n > MAX_EDGE_WORDS || !isMemberWord(tokens[c.to - 1])) return false;
  for (let k = c.from; k < c.to; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
  return (
    knownOrganisation(
      tokens
        .slice(c.from, c.to)
        .map((t) => t.text)
        .join(' '),
    ) === null
  );
}

/** "Cocoa Exchange", "Dried Fruit Association": member words, then the head noun. */
function isHeadedTail(tokens: Token[], c: Candidate): boolean {
  const n = c.to - c.from;
  if (n < 2 || n > MAX_EDGE_WORDS || !isHead(tokens[c.to - 1])) return false;
  for (let k = c.from; k < c.to - 1; k++) if (!isMemberWord(tokens[k])) return false;
  return true;
}

/** Tokens between two candidates are exactly `words` (", and" counts as "and" after a serial comma). */
function listGapIs(tokens: Token[], a: Candidate, b: Candidate, words: string[]): boolean {
  const gap = tokens.slice(a.to, b.from).map((t) => t.lower);
  if (gap.length === 1) return words.includes(gap[0]);
  return gap.length === 2 && gap[0] === ',' && words.includes(gap[1]) && gap[1] !== ',';
}

/**
 * Index of the tail candidate when cs[i] opens "A, B and C <head>" (bare common nouns, commas, "and"/"&", a member
 * word with an institution head), else i.
 */
export function commaInstitutionEnd(tokens: Token[], cs: Candidate[], i: number): number {
  // it runs for every candidate: the bare comma before a next name is screened before the dearer member tests
  const next = cs[i + 1];
  if (!next || !listGapIs(tokens, cs[i], next, [','])) return i;
  if (!isFirstMember(tokens, cs[i])) return i;
  let k = i;
  while (k + 1 < cs.length && k - i < MAX_INNER_MEMBERS && listGapIs(tokens, cs[k], cs[k + 1], [','])) {
    if (!isInnerMember(tokens, cs[k + 1])) break;
    k++;
  }
  const tail = cs[k + 1];
  if (k === i || !tail || !listGapIs(tokens, cs[k], tail, ['and', '&']) || !isHeadedTail(tokens, tail))
    return i;
  // "Coffee, Sugar and Cocoa Exchanges said they…": a plural verb reports on several bodies
  if (tokens[tail.to]?.lower === 'said' && tokens[tail.to + 1]?.lower === 'they') return i;
  return k + 1;
}
