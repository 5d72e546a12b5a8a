import type { Unit } from './pattern';

/**
 * "une usine à Châteaudun, dans laquelle Légumia investira 18 millions d'euros", "a plant in Ostrava, in which
 * Voltrane will invest $30 million": a backer told after a relative pronoun and its preposition invests in the
 * relative's antecedent, a thing of the sentence. A funding reading that leaves its target to the discourse would
 * fund the article's company with it.
 */

/** Prepositions before a relative pronoun that tell what money goes into ("dans laquelle", "in which"). */
const INTO_PREPOSITIONS = new Set(['dans', 'en', 'in', 'into']);
/** Relative pronouns after those prepositions. */
const RELATIVE_PRONOUNS = new Set(['laquelle', 'lequel', 'lesquels', 'lesquelles', 'quoi', 'which']);
/** "où" is the relative and its preposition at once ("une usine où Légumia investira …"). */
const WHERE_FR = 'où';

const lowerAt = (units: Unit[], i: number): string => {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : '';
};

/** The unit at `at` (the backer) follows "dans laquelle", "in which" or "où". */
export function backerAfterIntoRelative(units: Unit[], at: number): boolean {
  if (at < 1) return false;
  const pronoun = lowerAt(units, at - 1);
  if (pronoun === WHERE_FR) return true;
  return RELATIVE_PRONOUNS.has(pronoun) && INTO_PREPOSITIONS.has(lowerAt(units, at - 2));
}
