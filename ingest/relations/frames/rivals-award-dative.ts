import type { Unit } from '../pattern';
import { isOrgAt, wordOrNullAt as wordAt } from './clause';

/**
 * "La DGA a attribué mardi à A le marché, au terme d'une compétition face à B", "The city awarded A the contract
 * over B": the one awarding a contest is its client, not a contestant; the company the award goes to contests the
 * rivals. Returns that company's unit, when a verb of awarding stands between the clause's subject and the trigger.
 */

/** Verbs of awarding a contract or a tender ("attribué", "confie", "adjugé", "awarded", "granted"). */
const AWARD = /^(attribu\p{L}*|confi(e|ent|é|ée|ait|era)|adjug\p{L}*|award(s|ed|ing)?|grant(s|ed)?)$/u;
/** The particle before the winner ("à A", "au groupe A", "to A"). */
const DATIVE = /^(à|au|aux|to)$/u;
/** Plain words allowed between the verb and its particle or winner ("a attribué mardi à A"). */
const GAP = 3;

/** The unit of the company a contest was awarded to, between `from` and `trigger`, else -1. */
export function awardedWinner(units: Unit[], from: number, trigger: number): number {
  for (let k = from + 1; k < trigger; k++) {
    if (!AWARD.test(wordAt(units, k) ?? '')) continue;
    // "awarded A the contract": the winner right after the verb
    if (isOrgAt(units, k + 1) && k + 1 < trigger) return k + 1;
    for (let j = k + 1; j < trigger && j <= k + 1 + GAP; j++) {
      const w = wordAt(units, j);
      if (w !== null && DATIVE.test(w)) return isOrgAt(units, j + 1) && j + 1 < trigger ? j + 1 : -1;
      if (units[j].kind !== 'tok') return -1;
    }
    return -1;
  }
  return -1;
}
