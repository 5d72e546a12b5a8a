import type { Unit } from './pattern';

/**
 * "Calder acquired Pawline in 2019 as part of its purchase of Ashgrove", "X bought Y last year as part of its
 * takeover of Z", "A a repris B dans le cadre de son rachat de C": a possessive before the deal noun points back to
 * the clause's subject, so the object named between the subject and that possessive is not the deal's buyer.
 */

const POSSESSIVES = /^(its|their|his|her|son|sa|ses|leur|leurs)$/u;
const DEAL_NOUNS =
  /^(acquisition|acquisitions|purchase|purchases|takeover|buyout|merger|rachat|rachats|reprise|acquisition|absorption|fusion)$/u;
/** Words between the possessive and its deal noun ("its 1.1 billion dlr purchase", "son récent rachat"). */
const MAX_POSSESSIVE_TO_NOUN_UNITS = 5;

function word(u: Unit | undefined): string {
  return u?.kind === 'tok' ? u.token.lower : '';
}

/** Between units `a` and `b` a possessive opens the deal noun that leads to `b`. */
export function possessiveDealBetween(units: Unit[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!POSSESSIVES.test(word(units[k]))) continue;
    for (let j = k + 1; j < b && j - k <= MAX_POSSESSIVE_TO_NOUN_UNITS; j++) {
      if (units[j].kind !== 'tok') break;
      if (DEAL_NOUNS.test(word(units[j]))) return true;
    }
  }
  return false;
}
