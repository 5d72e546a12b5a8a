import type { Unit } from '../pattern';
import { isLeaderTitle } from '../people';
import { wordOrNullAt as wordAt } from './clause';
import { FOUNDER_NOUN, RELATIVE } from './founders-words';

/**
 * "Hollis Grant Systems, a Denver company named after its founder, P, who still runs it": the pronoun the relative
 * clause's verb of heading takes stands for the company of the possessive the person is apposed to ("its founder",
 * "its chief executive"), not for the sentence's subject the discourse would give it. Read only when the person
 * opens the relative (", who"), and the apposed noun is a founder's or a head's.
 */

/** Most words of the noun between the possessive and the person ("its founder", "its co-founder and chief executive"). */
const MAX_NOUN_WORDS = 5;

/** The unit of the possessive pointer ("its", "son") the person at `p` is apposed to, or -1. */
export function apposedPossessorOf(units: Unit[], p: number): number {
  if (wordAt(units, p + 1) !== ',' || !RELATIVE.test(wordAt(units, p + 2) ?? '')) return -1;
  if (wordAt(units, p - 1) !== ',') return -1;
  const words: string[] = [];
  for (let j = p - 2; j >= 0 && words.length < MAX_NOUN_WORDS; j--) {
    const u = units[j];
    if (u.kind === 'ent') {
      if (!u.anaphor || !u.orgs || words.length === 0) return -1;
      const noun = words.reverse().join(' ');
      return FOUNDER_NOUN.test(words[0]) || isLeaderTitle(noun) ? j : -1;
    }
    if (u.token.kind !== 'word') return -1;
    words.push(u.token.lower);
  }
  return -1;
}
