import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { PLAYER_COUNTS } from '../rival-words';
import { wordAt } from './rivals-clause';
import { pairAll } from './rivals-market';

/**
 * A list closed by a count of a market's players: "affrontera l'américain A et le néerlandais B, deux acteurs déjà
 * bien installés", "will go up against A and B, two better-funded players", "competes with A and B, the two
 * regional challengers that …". The text names them as players of one market, so they are rivals of one another
 * (whoever faces them is read by the verb's own rules). Only nouns of players count: "deux entreprises familiales",
 * "two platforms", "the two main shareholders" name a kind or a role, "deux concurrents" the subject's rivals.
 */

/**
 * Nouns of a market's players. Rival nouns are left out: "affronte A et B, deux concurrents qui ont investi" says
 * they are the subject's rivals, not each other's.
 */
const PLAYERS = /^(players|acteurs|challengers|contenders|incumbents|leaders|heavyweights|poids)$/u;
/** Lower-case qualifiers allowed between the count and the noun ("better-funded", "regional", "grands"). */
const QUALIFIER_WORDS = 2;
/** Determiners that may open a member's descriptor ("le néerlandais B", "the German vendor B"). */
const DETERMINER = /^(le|la|l'|les|the|a|an|un|une)$/u;
/** Most words of such a descriptor. */
const DESCRIPTOR_WORDS = 3;
const SEPARATOR = /^(,|and|et|or|ou)$/u;
const PARTICLE = /^(à|au|aux|avec|with|against|contre)$/u;

function isOrg(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.orgs;
}

/** Where the member before the separator that precedes `k`'s descriptor stands, or -1. */
function previousMember(units: Unit[], k: number): number {
  let j = k - 1;
  // "et le néerlandais B": only a descriptor opened by a determiner is stepped over
  for (let d = k - 1; d >= k - DESCRIPTOR_WORDS && d > 0 && units[d].kind === 'tok'; d--)
    if (DETERMINER.test(wordAt(units, d) ?? '')) {
      j = d - 1;
      break;
    }
  // "à A et à B", "with A and with B": the particle may repeat before each member
  if (PARTICLE.test(wordAt(units, j) ?? '')) j--;
  if (!SEPARATOR.test(wordAt(units, j) ?? '')) return -1;
  return isOrg(units, j - 1) ? j - 1 : -1;
}

/** The list ending with the organisation at `last`, read backwards. */
function listEndingAt(units: Unit[], last: number): number[] {
  const members = [last];
  for (let k = previousMember(units, last); k >= 0; k = previousMember(units, k)) members.unshift(k);
  return members;
}

/** The count of players after the comma at `i` (", the two regional challengers"), or 0. */
function playersCount(units: Unit[], i: number): number {
  let k = i + 1;
  if (/^(the|les)$/u.test(wordAt(units, k) ?? '')) k++;
  const count = PLAYER_COUNTS.get(wordAt(units, k) ?? '') ?? 0;
  if (count === 0) return 0;
  for (let n = 0; n <= QUALIFIER_WORDS; n++) {
    const w = wordAt(units, k + 1 + n);
    if (w === null || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return 0;
    if (PLAYERS.test(w)) return count;
  }
  return 0;
}

function readCountedPlayers(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 2; i + 2 < units.length; i++) {
    if (wordAt(units, i) !== ',' || !isOrg(units, i - 1)) continue;
    const count = playersCount(units, i);
    if (count === 0) continue;
    const members = listEndingAt(units, i - 1);
    if (members.length === count) out.push(...pairAll(units, members, members[0]));
  }
  return out;
}

export const COUNTED_PLAYERS_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-counted-players',
    type: 'COMPETES_WITH',
    read: readCountedPlayers,
    neededWords: ['two', 'three', 'four', 'deux', 'trois', 'quatre'],
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
