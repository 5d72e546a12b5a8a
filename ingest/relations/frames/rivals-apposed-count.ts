import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { PLAYER_COUNTS } from '../rival-words';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';

/**
 * Two readers of a list the text itself calls a market's set of players, wherever the list stands in the clause
 * (the pattern rules read it only as a subject):
 * - a list closed by a counted rank phrase that fits it: "competes with A and B, the two dominant booking
 *   platforms", "face à A, B et C, les trois leaders du secteur" — A, B and C are rivals of one another too;
 * - "the other contenders / players in the market are (include) A and B", "les autres acteurs du marché sont A et
 *   B", or the list apposed to that phrase ("The other contenders, A and B, …"): the listed firms are rivals of
 *   one another and of the article's company, the one the "other" contenders are set beside.
 * Shareholders, clients, lenders or partners counted the same way ("A and B, the two main shareholders") are not.
 */

const LEADING =
  /^(leading|biggest|largest|dominant|main|top|major|principaux|principales|premiers|premières|grands|grandes|leaders|poids|géants|giants)$/u;
/** Nouns of a role that is no rivalry. */
const NOT_PLAYERS =
  /^(shareholders|actionnaires|investors|investisseurs|clients|customers|lenders|prêteurs|banks|banques|partners|partenaires|advisers|advisors|conseils|backers|suppliers|fournisseurs|bidders|candidats|buyers|acquéreurs|founders|fondateurs|owners|propriétaires|brands|marques|subsidiaries|filiales)$/u;
/** Words looked at after the rank word for a role noun ("the two main shareholders of Y"). */
const ROLE_WINDOW = 3;

/** Words that join the members of a list of companies. */
const LIST_JOINERS = /^(,|and|et|or|ou)$/u;

/**
 * The organisations of the list that ends at unit `end` (exclusive), read backwards over the `joiners`
 * (", and et ou or" unless told otherwise).
 */
export function listBefore(units: Unit[], end: number, joiners: RegExp = LIST_JOINERS): number[] {
  const members: number[] = [];
  let k = end - 1;
  while (k >= 0) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs) break;
    members.unshift(k);
    const sep = wordAt(units, k - 1);
    if (sep !== null && joiners.test(sep) && units[k - 2]?.kind === 'ent') k -= 2;
    else break;
  }
  return members;
}

/** "A and B, the two dominant platforms": pairs of a list whose apposed count fits it. */
function readApposedCount(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i + 3 < units.length; i++) {
    if (wordAt(units, i) !== ',' || !/^(the|les|ses|its)$/u.test(wordAt(units, i + 1) ?? '')) continue;
    const count = PLAYER_COUNTS.get(wordAt(units, i + 2) ?? '');
    if (count === undefined || !LEADING.test(wordAt(units, i + 3) ?? '')) continue;
    let role = false;
    for (let k = i + 3; k <= i + 3 + ROLE_WINDOW && k < units.length; k++)
      if (NOT_PLAYERS.test(wordAt(units, k) ?? '')) role = true;
    if (role) continue;
    const members = listBefore(units, i);
    if (members.length === count) out.push(...pairAll(units, members, members[0]));
  }
  return out;
}

/** "other" before a players noun. */
const OTHER = /^(other|autres)$/u;
const PLAYERS_NOUN =
  /^(contenders|players|competitors|rivals|challengers|acteurs|concurrents|rivaux|challengers|prétendants)$/u;
/** The verb joining the players phrase to its list. */
const COPULA = /^(are|include|includes|sont|comprennent|incluent)$/u;
/** Words of the phrase between the noun and the verb ("in the replacement market", "du marché"). */
const PHRASE_WINDOW = 5;

/** The organisations listed from unit `from` on, joined by ", and et": unit indexes. */
function listFrom(units: Unit[], from: number): number[] {
  const members: number[] = [];
  for (let j = from; j < units.length; j++) {
    const u = units[j];
    if (u.kind === 'ent' && u.orgs) members.push(j);
    else if (!/^(,|and|et)$/u.test(wordAt(units, j) ?? '')) break;
  }
  return members;
}

/**
 * The players a sentence opening on "the other contenders …" lists: after its verb ("The other contenders in the
 * market are A and B") or in apposition ("The other contenders for mid-market contracts, A and B, focus …",
 * "Les autres prétendants, A et B, misent …"). Empty when the phrase is no opening of the sentence.
 */
function otherPlayers(units: Unit[]): number[] {
  for (let i = 0; i + 1 < units.length; i++) {
    if (!OTHER.test(wordAt(units, i) ?? '') || !PLAYERS_NOUN.test(wordAt(units, i + 1) ?? '')) continue;
    // "its other rivals" belongs to an owner, read elsewhere; a name before the phrase makes it an object
    if (units.slice(0, i).some((u) => u.kind === 'ent')) return [];
    for (let k = i + 2; k < units.length && k <= i + 2 + PHRASE_WINDOW; k++) {
      const w = wordAt(units, k);
      if (w === null) break;
      if (COPULA.test(w)) return listFrom(units, k + 1);
      if (w !== ',') continue;
      // an apposed list is closed by a comma before the clause's verb
      const members = listFrom(units, k + 1);
      const after = members.length > 0 ? members[members.length - 1] + 1 : -1;
      return after > 0 && wordAt(units, after) === ',' ? members : [];
    }
  }
  return [];
}

/** "The other contenders in the market are A and B": the listed firms are rivals of one another. */
function readOtherPlayers(units: Unit[], _lang: Language): Captures[] {
  const members = otherPlayers(units);
  return members.length >= 2 ? pairAll(units, members, members[0]) : [];
}

/** The same list against the article's company, the contender the "other" ones are set beside. */
function readOtherPlayersTopic(units: Unit[], _lang: Language): Captures[] {
  const members = otherPlayers(units);
  if (members.length === 0) return [];
  const b = [...new Set(members.flatMap((m) => (units[m] as { ents: number[] }).ents))];
  return [{ b, '#b': [members[0]], [MATCH_START]: [members[0]] }];
}

export const APPOSED_COUNT_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-apposed-count',
    type: 'COMPETES_WITH',
    read: readApposedCount,
    neededWords: ['two', 'three', 'four', 'deux', 'trois', 'quatre'],
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-other-players-are',
    type: 'COMPETES_WITH',
    read: readOtherPlayers,
    neededWords: ['other', 'autres'],
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-other-players-topic',
    type: 'COMPETES_WITH',
    read: readOtherPlayersTopic,
    neededWords: ['other', 'autres'],
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
];
