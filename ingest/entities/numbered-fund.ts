import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';

/**
 * "Terres d'Avenir Croissance II", "Transition Rurale II", "Harbourview Healthcare Fund III": a fund's vehicles are
 * numbered in Roman numerals, and a name of two or more words ending in one, in a sentence about money, is the
 * fund's — even after "véhicule", which otherwise names a made thing. Monarchs and popes ("Louis XIV", "John Paul
 * II", "T.B. Pickens III"), wars, rules and sequels ("World War II", "Bâle III", "Solvency II") are left out by their words, and a
 * one-word stem ("Vatican II") is too short to tell.
 */

const INITIAL_RE = /^(?:\p{Lu}\.)+$/u;
const ROMAN_RE = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
/** Words of a name ending in a numeral that is not a fund's. */
const NOT_FUND_WORDS = new Set(
  `war wars guerre mondiale world phase stage mark vatican bâle basel bale solvency solvabilité mifid mif louis
  pope pape king roi queen reine saint sainte star rocky chapter chapitre tome volume saison season part partie
  league ligue division apollo gemini henri henry charles elizabeth napoléon napoleon jean-paul benoît benedict
  pie pius léon leo grégoire gregory`.split(/\s+/u),
);
/** Words of a sentence about a fund or money. */
const MONEY_RE =
  /^(?:fonds|fund|funds|véhicule|vehicle|millions?|milliards?|billion|invest\p{L}*|capital|levée|lève|raised?|closed?|clôtur\p{L}*|doté|dotée|vise|souscri\p{L}*|tour|round|portefeuille|portfolio|€|\$|£|m€|md€)$/u;

export function isNumberedFundName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3 || !ROMAN_RE.test(tokens[to - 1].text)) return false;
  const first = tokens[from];
  if (!/^\p{Lu}/u.test(first.text)) return false;
  const firstLower = first.lower.split('-')[0];
  if (FIRST_NAMES.has(firstLower) || isWorldGivenName(firstLower)) return false;
  let words = 0;
  for (let k = from; k < to - 1; k++) {
    // "T.B. Pickens III": an initial makes the numeral a person's generation
    if (NOT_FUND_WORDS.has(tokens[k].lower) || INITIAL_RE.test(tokens[k].text)) return false;
    if (/^\p{Lu}/u.test(tokens[k].text)) words++;
  }
  const prev = tokens[from - 1];
  if (prev && NOT_FUND_WORDS.has(prev.lower)) return false;
  return words >= 2 && tokens.some((t) => MONEY_RE.test(t.lower));
}
