import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * A place's possessive before a rival ("a price war with South Korea's Kyoren", "competes with Germany's B"): the
 * place is not held as a name, so its words and the mark belong to the member's descriptor, not to the trigger's
 * lead words.
 */

/** Most words of a place before its possessive mark ("South Korea's"). */
const PLACE_WORDS = 2;

/** A capitalised plain word right before unit `j` (a place not held as a name: "South Korea", "Germany"). */
export function placeBefore(units: Unit[], j: number): boolean {
  const u = units[j - 1];
  return u?.kind === 'tok' && u.token.kind === 'word' && /^\p{Lu}/u.test(u.token.text);
}

/** Units a place's possessive takes after a trigger's `lead` words before the first member, or 0. */
export function placePossessiveAt(units: Unit[], from: number, lead: number): number {
  for (let k = from + lead; k <= from + lead + PLACE_WORDS && k < units.length; k++)
    if (/^('s|’s)$/u.test(wordAt(units, k) ?? '') && placeBefore(units, k)) return k - from - lead + 1;
  return 0;
}

/**
 * An organisation named at unit `k`, or right after a place's possessive there ("faces Germany's B", "beating
 * Italy's A"): triggers that want their rival straight after the verb accept the place's words before it.
 */
export function orgNamedAt(units: Unit[], k: number): boolean {
  const owned = placePossessiveAt(units, k, 0);
  const u = units[k + owned];
  return u?.kind === 'ent' && u.orgs;
}
