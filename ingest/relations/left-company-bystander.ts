import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';
import { LEAVE_VERB } from './frames/founders-left-to-found';

/**
 * "Sarah Benali a quitté Capgemini en 2019 et dirige aujourd'hui Nuvelia", "P left Northpeak in 2019 to found Y":
 * the company someone left is where the story comes from, not what it is about, so it is weighed like a side party
 * (discourse.ts) and a later "l'entreprise" or "the company" does not point back at it.
 */

/** Built on first use: the founders' frames import the discourse modules that ask this cue. */
let leaving: RegExp | null = null;

/** Articles between the verb of leaving and the name ("left the bank X" is rare; "a quitté le groupe X" is not). */
const ARTICLE = /^(the|le|la|l')$/;

/** Unit `i` is a company named right after a verb of leaving ("a quitté X", "left X", "quit the X"). */
export function isLeftCompany(units: readonly Unit[], i: number): boolean {
  leaving ??= new RegExp(`^${LEAVE_VERB}$`, 'u');
  const before = wordOrNullAt(units, i - 1);
  if (before !== null && ARTICLE.test(before)) return leaving.test(wordOrNullAt(units, i - 2) ?? '');
  return leaving.test(before ?? '');
}
