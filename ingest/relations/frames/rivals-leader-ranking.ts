import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { wordAt } from './clause';
import { rivalsAfter } from './rivals-list';
import { rankedWithShares } from './rivals-share-remarks';
import { pairAll } from './rivals-market';
import { NOT_MARKET_RANK } from './rivals-not-market-rank';

/**
 * A ranking told from its leader's clause: "A remains the clear market leader with about 4,000 stores, followed by
 * B, C and D", "A domine largement avec 38 % des ventes, devant B (22 %), C et D", "A est le numéro un du secteur,
 * suivi de B et de C", "A leads the field, ahead of B and C". The leader's own clause may hold a remark (its size,
 * its share, its owner in an aside), so the leader is not always right before the ranking marker; every firm so
 * ranked is a rival of every other (GOLD-FORMAT: the key players of one market listed together).
 */

/** Words telling that the clause's subject holds the top of its market. */
const LEADER_WORD =
  /^(leader|numéro|number|no\.|n°|largest|biggest|premier|première|domine|dominait|dominates|dominated|leads|led|mène|menait|tops|topped)$/u;
/** "numéro" / "number" rank only with "un" / "one" after them. */
const NEEDS_ONE = /^(numéro|number|no\.|n°)$/u;
/**
 * A place below the top: "Spinwerk came third with 14%, followed by B", "X arrive troisième, devant B", "X is
 * number two, ahead of B". The clause still tells one ranking, so its members are rivals as a leader's are; the
 * ordinal counts only after a verb of placing or a rank noun, or before "place"/"rang", since "a second plant"
 * ranks nothing.
 */
const ORDINAL =
  /^(second|third|fourth|fifth|sixth|two|three|four|five|deux|trois|quatre|cinq|deuxième|troisième|quatrième|cinquième|sixième|seconde?|2nd|3rd|4th|5th|2e|3e|4e|5e)$/u;
const PLACING =
  /^(came|comes|come|ranked|ranks|rank|finished|finishes|placed|stood|stands|arrive|arrivait|arrivé|arrivée|classe|classé|classée|numéro|number|no\.|n°|in)$/u;
const PLACE_NOUN = /^(place|rang|position|spot)$/u;

/** An ordinal at `k` that tells a market place: after a placing verb or rank noun, or before "place". */
function placedOrdinal(units: Unit[], k: number): boolean {
  if (!ORDINAL.test(wordAt(units, k))) return false;
  return PLACING.test(wordAt(units, k - 1)) || PLACE_NOUN.test(wordAt(units, k + 1));
}
/** Markers opening the ranking after the leader's clause. */
const FOLLOWED = /^(followed|suivi|suivie|suivis|suivies|devant|ahead|talonné|talonnée)$/u;
/** What may stand between a marker and its ranking ("followed by", "suivi de près par", "ahead of"). */
const MARKER_TAIL = /^(by|of|de|du|des|d'|par|près|closely|loin|far)$/u;
/** Words of a sentence whose "ahead of"/"devant" is no ranking: a time, a vote, an event lies ahead. */
const NOT_RANKING =
  /^(vote|votes|meeting|assemblée|ipo|listing|introduction|earnings|results|résultats|deadline)$/u;
/** Most units from the subject to the leader word (an aside on the owner, a fronted place). */
const SUBJECT_TO_LEADER_UNITS = 14;
/** Most units from the leader word to the ranking marker (the leader's share or size). */
const LEADER_TO_MARKER_UNITS = 12;
/** Clause ends no reading crosses. */
const CLAUSE_END = /^[;:.!?]$/u;

function isOrg(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs && !u.anaphor;
}

/** An aside right after the subject (", owned by C,", ", filiale de C,"): the index of its closing comma, or -1. */
function asideEnd(units: Unit[], from: number, limit: number): number {
  if (wordAt(units, from) !== ',') return -1;
  for (let k = from + 1; k < units.length && k <= limit; k++) if (wordAt(units, k) === ',') return k;
  return -1;
}

/** The leader word at or after `from` before `limit`, skipping no other name; -1 when none. */
function leaderWordAfter(units: Unit[], from: number, limit: number): number {
  for (let k = from; k < units.length && k <= limit; k++) {
    const w = wordAt(units, k);
    if (units[k].kind === 'ent' || CLAUSE_END.test(w)) return -1;
    if (placedOrdinal(units, k)) return k;
    if (!LEADER_WORD.test(w)) continue;
    if (NEEDS_ONE.test(w) && !/^(un|one|1)$/u.test(wordAt(units, k + 1))) continue;
    return k;
  }
  return -1;
}

/** The ranking marker after the leader word: the index of the first unit after it and its tail, or -1. */
function rankingStart(units: Unit[], leader: number): number {
  for (let k = leader + 1; k < units.length && k <= leader + LEADER_TO_MARKER_UNITS; k++) {
    const w = wordAt(units, k);
    if (units[k].kind === 'ent' || CLAUSE_END.test(w)) return -1;
    if (!FOLLOWED.test(w) || wordAt(units, k - 1) !== ',') continue;
    let j = k + 1;
    while (MARKER_TAIL.test(wordAt(units, j))) j++;
    return j;
  }
  return -1;
}

function readLeaderRanking(units: Unit[], _lang: Language): Captures[] {
  if (units.some((_, k) => NOT_RANKING.test(wordAt(units, k)))) return [];
  const out: Captures[] = [];
  for (let s = 0; s < units.length; s++) {
    if (!isOrg(units, s)) continue;
    // the leader is its clause's subject: nothing but a fronted phrase with no name stands before it
    if (units.slice(0, s).some((u) => u.kind === 'ent')) break;
    const aside = asideEnd(units, s + 1, s + SUBJECT_TO_LEADER_UNITS);
    const from = aside >= 0 ? aside + 1 : s + 1;
    const leader = leaderWordAfter(units, from, s + SUBJECT_TO_LEADER_UNITS);
    if (leader < 0) break;
    const start = rankingStart(units, leader);
    if (start < 0 || units.slice(s, start).some((_, k) => NOT_MARKET_RANK.test(wordAt(units, s + k)))) break;
    // "followed by B at 27% and C at 15%": the members' shares stepped over
    const listed = rivalsAfter(units, start, 0);
    const shared = rankedWithShares(units, start);
    const rest = (shared.length > listed.length ? shared : listed).filter((k) => k > s);
    if (rest.length > 0) out.push(...pairAll(units, [s, ...rest], s));
    break;
  }
  return out;
}

export const LEADER_RANKING_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-leader-ranking',
    type: 'COMPETES_WITH',
    read: readLeaderRanking,
    neededWordPattern: FOLLOWED,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
