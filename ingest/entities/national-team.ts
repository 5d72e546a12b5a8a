import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { wordSet } from './lexicon-common';

/**
 * National sides are named by the team noun, the country and the sport, all three in the name ("équipe de
 * Tunisie de football", "Équipe de Suède de hockey sur glace"): the sport after the country is what makes
 * "équipe de <country>" a name rather than a phrase, so the span needs it.
 */

const SPORTS = wordSet(`
football | hockey | rugby | basket-ball | basketball | handball | volley-ball | volleyball | baseball | softball
water-polo | cricket | tennis | futsal | beach-volley | polo | curling | lacrosse | badminton | netball
`);
/** Words that may complete a sport ("hockey sur glace", "rugby à XV", "football féminin"). */
const SPORT_COMPLEMENTS = new Set(['sur', 'glace', 'à', 'xv', 'xiii', 'sept', 'vii', 'féminin', 'féminine']);
/** Most words a sport's complement takes ("sur glace", "à XV"). */
const MAX_SPORT_COMPLEMENT_WORDS = 2;
const DE = new Set(['de', 'du', 'des', "d'"]);
/** Most capitalised words of the country ("Nouvelle-Zélande" is one token, "Costa Rica" two). */
const MAX_COUNTRY_WORDS = 3;
export const TEAM_NOUN = 'équipe';

/** Tokens of "de <sport> [complement]" at `at`; 0 when no sport follows. */
export function sportTail(tokens: Token[], at: number): number {
  const de = tokens[at];
  const sport = tokens[at + 1];
  if (!de || !sport || (de.lower !== 'de' && de.lower !== "d'") || !SPORTS.has(sport.lower)) return 0;
  let k = at + 2;
  while (
    k < tokens.length &&
    k - (at + 2) < MAX_SPORT_COMPLEMENT_WORDS &&
    SPORT_COMPLEMENTS.has(tokens[k].lower)
  )
    k++;
  // "hockey sur" with no "glace" after: the preposition opens something else
  if (tokens[k - 1].lower === 'sur' || tokens[k - 1].lower === 'à') k--;
  return k - at;
}

/** A lower-case "équipe de/du/des" stands right before `from`, so the country starting there may be a side. */
export function teamNounBefore(tokens: Token[], from: number): number {
  const de = tokens[from - 1];
  const noun = tokens[from - 2];
  if (!de || !noun || !DE.has(de.lower) || noun.text !== TEAM_NOUN) return from;
  return from - 2;
}

/**
 * Tokens to add to a run [runFrom, at) that names a national side: "Équipe" + "de <country> de <sport>", or a
 * country after a lower-case "équipe de" + "de <sport>". 0 when the run is no such name.
 */
export function nationalTeamTail(tokens: Token[], runFrom: number, at: number): number {
  if (tokens[runFrom].lower === TEAM_NOUN && at - runFrom === 1) {
    if (!tokens[at] || !DE.has(tokens[at].lower)) return 0;
    let k = at + 1;
    const start = k;
    while (k < tokens.length && k - start < MAX_COUNTRY_WORDS && isCapitalised(tokens[k])) k++;
    if (k === start) return 0;
    const tail = sportTail(tokens, k);
    return tail > 0 ? k + tail - at : 0;
  }
  if (teamNounBefore(tokens, runFrom) === runFrom) return 0;
  return sportTail(tokens, at);
}

/** The candidate [from, to) is a whole national side: the team noun first, a sport last. */
export function isNationalTeam(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from].lower !== TEAM_NOUN) return false;
  for (let k = from + 2; k < to; k++)
    if (k + sportTail(tokens, k) === to && sportTail(tokens, k) > 0) return true;
  return false;
}
