import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { NATIONALITIES, wordSet } from './lexicon-common';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { PLACE_NOUNS } from './lexicon-institutions';
import {
  CLUB_ARTICLES,
  NOT_CLUB_HEADS,
  NOT_SINGULAR_TEAM_HEADS,
  VENUE_TAILS,
  isSportsSentence,
} from './sports-cues';

/**
 * French gives clubs and parties an article ("l'AZ Alkmaar", "le Fianna Fáil") and people none, so a name of
 * several words after an article is an organisation in a sentence whose topic is one where organisations are
 * what is named that way: sport (clubs) and politics (parties, movements). Competitions, venues, places and
 * periods take an article too, so their head and tail words are excluded. A single word after an article is
 * as often a region, a trophy or a period, so it is left to the slot cues.
 */

/** Words that make a sentence a political one (lower case). */
const POLITICS_WORDS = wordSet(`
parti | partis | élection | élections | législatives | gouvernement | coalition | député | députés | sièges
scrutin | militant | militants | opposition | guérilla | insurgés | indépendantistes
`);
const STADIUM = 'stade';
/** Most words of a club's name read from its article alone ("le Hokkaido Nippon Ham Fighters"). */
const MAX_ARTICLE_CLUB_WORDS = 4;

/** "l'AZ Alkmaar" in a sports sentence, "le Fine Gael" in a political one. */
export function articleNameInTopic(
  tokens: Token[],
  from: number,
  to: number,
  isPlace: (lower: string) => boolean,
): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_ARTICLE_CLUB_WORDS) return false;
  const art = tokens[from - 1];
  if (!art || !CLUB_ARTICLES.has(art.lower)) return false;
  const head = tokens[from].lower;
  if (NOT_CLUB_HEADS.has(head) || NOT_SINGULAR_TEAM_HEADS.has(head) || isPlace(head)) return false;
  // "le Coréen X", "le DJ X": a nationality or a role before a person's name
  if (NATIONALITIES.has(head) || ROLE_WORDS.has(head) || PERSON_TITLES.has(head)) return false;
  // "le Stade rennais" is a club, "le Stade Vélodrome" a ground; "l'Océan Pacifique" a sea
  if (PLACE_NOUNS.has(head) && (head !== STADIUM || isCapitalised(tokens[from + 1]))) return false;
  if (VENUE_TAILS.has(tokens[to - 1].lower)) return false;
  return isSportsSentence(tokens) || tokens.some((t) => POLITICS_WORDS.has(t.lower));
}
