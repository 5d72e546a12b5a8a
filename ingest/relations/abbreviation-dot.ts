import type { Unit } from './pattern';

/**
 * "Poul Erik Moller, a Santa Monica, Calif., investor said he raised his stake", "Grange Electric Co, a Peoria,
 * Ill., utility agreed to buy": wire copy places a party with a dotted state abbreviation, and the tokenizer splits
 * the dot off a word it does not know as an abbreviation. A dot with a comma right after it closes an abbreviation,
 * never a sentence, so a gap reading across the place must not stop there as at a full stop. Only when the phrase
 * goes on with the noun the place qualifies (a lower-case word): a relative clause after the place ("Allegheny
 * County, Pa., which seeks …") and a dateline ("COLUMBUS, Ga., March 26 - …") still end what the gap may cross.
 */

/** Words after the place that open a clause of their own rather than the noun the place qualifies. */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while']);

export function isAbbreviationDot(units: Unit[], j: number): boolean {
  const u = units[j];
  const comma = units[j + 1];
  const after = units[j + 2];
  if (u?.kind !== 'tok' || u.token.text !== '.' || comma?.kind !== 'tok' || comma.token.text !== ',')
    return false;
  if (after?.kind !== 'tok' || after.token.kind !== 'word') return false;
  return after.token.text === after.token.lower && !CLAUSE_OPENERS.has(after.token.lower);
}
