import type { Unit } from '../pattern';
import { TIE_NOUNS } from '../people-words';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "dirigée depuis 2020 par P, la fille de Q", "run by P, the daughter of Q": after an agent, an apposition naming
 * whose relative the agent is names no second agent (founders-clause.ts `nextMember`).
 */

/** A kin noun, whole word, before the person whose relative the apposition names ("la fille de", "the son of"). */
const KIN_NOUN = new RegExp(`^(${TIE_NOUNS})$`, 'u');
/** The prepositions after a kin noun that name the relative ("fille de Q", "the daughter of Q"). */
const KIN_OF = /^(de|du|d'|of)$/;

/** A kin noun and its "de"/"of" between units `from` and `to`: the person at `to` is the relative named. */
export function kinOfBetween(units: Unit[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++)
    if (KIN_NOUN.test(wordAt(units, j) ?? '') && KIN_OF.test(wordAt(units, j + 1) ?? '')) return true;
  return false;
}
