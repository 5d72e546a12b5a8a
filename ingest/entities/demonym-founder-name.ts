import type { Token } from '../tokens';
import { demonymBefore, speaksOfBusiness } from './context-cues';
import { PERSON_NOUNS } from './lexicon-people';
import { occupationBefore } from './person-cues';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { REGIONAL_ADJECTIVES } from './regional-adjectives';
import { isSportsSentence } from './sports-cues';

/**
 * French business writing names a firm that bears its founder's name by its origin in place of "le groupe": "le
 * savoyard Léon Pochat", "l'autrichien Otto Fuchs", "le breton Hervé Kerlan". A person's origin is a capitalised
 * noun ("le Breton Hervé Kerlan"), so a given name and surname right after a lower-case origin adjective, in a
 * sentence that speaks of business, is the company; `demonym-slot.ts` reads the names no given name opens.
 */

/** Articles of a singular origin adjective used as a company noun ("le", "l'", "du", "au"; "la" for "la société"). */
const SINGULAR_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);
/** Longest founder's name read this way ("Jean-Marie Le Goff" is three words). */
const MAX_NAME_TOKENS = 3;
/** How far after the comma an apposition is searched for a person noun ("le breton Yann Le Goff, ancien ministre"). */
const APPOSITION_PERSON_LOOKAHEAD = 3;

function isPersonWord(lower: string): boolean {
  const w = lower.replace(/\.$/u, '');
  return PERSON_NOUNS.has(w) || ROLE_WORDS.has(w) || PERSON_TITLES.has(w);
}

/** "le breton Yann Le Goff, ancien ministre": an apposition headed by a person noun describes a person. */
function personApposedAfter(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  for (let i = to + 1; i < tokens.length && i <= to + APPOSITION_PERSON_LOOKAHEAD; i++) {
    if (tokens[i].kind === 'punct') return false;
    if (isPersonWord(tokens[i].lower)) return true;
  }
  return false;
}

/** A lower-case origin adjective with its singular article right before `from`, in a business sentence. */
function originAdjectiveBefore(tokens: Token[], from: number, isCueNoun: (w: string) => boolean): boolean {
  const adj = tokens[from - 1];
  const art = tokens[from - 2];
  if (!adj || !art || adj.kind !== 'word' || adj.text !== adj.lower || !SINGULAR_ARTICLES.has(art.lower))
    return false;
  if (REGIONAL_ADJECTIVES.has(adj.lower)) return speaksOfBusiness(tokens, isCueNoun);
  return demonymBefore(tokens, from, isCueNoun);
}

/** A name opened by a given name, right after a lower-case origin adjective of a business sentence: a company. */
export function founderNamedFirmAfterDemonym(
  tokens: Token[],
  from: number,
  to: number,
  isCueNoun: (w: string) => boolean,
): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_NAME_TOKENS) return false;
  if (!originAdjectiveBefore(tokens, from, isCueNoun)) return false;
  // "le pharmacien Georges Perrot", "le neurochirurgien X": an occupation spelled like a demonym names a person
  if (occupationBefore(tokens, from)) return false;
  // sports pages write players the same way ("le brésilien Robinho", "du finlandais Petri Pasanen")
  if (isSportsSentence(tokens)) return false;
  return !personApposedAfter(tokens, to);
}
