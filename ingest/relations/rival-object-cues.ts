import type { Unit } from './pattern';
import { RIVAL_VERB } from './rival-words';

/**
 * Words that make the name right after them an object, not the subject of the rivalry verb that follows: "A talonne
 * B et devance C", "A overtook B and now trails C" (C is A's rival, B is not C's), "A buys B to take on C", "A a
 * racheté B pour concurrencer C" (the buyer takes C on; the company bought is no subject of the infinitive).
 */

/** Verbs of buying whose object may stand before an infinitive or a second verb of rivalry. */
const DEAL_VERB =
  'buys|buy|bought|buying|acquires|acquire|acquired|acquiring|purchases|purchased|rachète|rachètent|racheté|rachetée|racheter|acquiert|acquièrent|acquis|acquise|absorbe|absorbent|absorbé|absorbée|absorber|reprend|reprennent|reprendre';

/** A rivalry verb or a verb of buying: the name right after it (within a few words) is that verb's object. */
const OBJECT_OF_RIVALRY_OR_DEAL = new RegExp(`^(${RIVAL_VERB.slice(1, -1)}|${DEAL_VERB})$`, 'u');

/** A rivalry verb: the name right after it is its object ("A overtook B and now trails C"). */
export const OBJECT_OF_RIVALRY = new RegExp(`^${RIVAL_VERB}$`, 'u');

/** A verb of buying: the name after it is the company bought. */
export const OBJECT_OF_DEAL = new RegExp(`^(${DEAL_VERB})$`, 'u');

/** Units looked back from a name for the verb governing it ("talonne désormais A", "a racheté l'an dernier A"). */
const GOVERNING_WINDOW_UNITS = 3;

/** A rivalry verb or a verb of buying stands just before the name at `at`, within its clause (from `from`). */
export function governedByVerb(units: Unit[], from: number, at: number): boolean {
  for (let k = Math.max(from, at - GOVERNING_WINDOW_UNITS); k < at; k++) {
    const u = units[k];
    if (u.kind === 'tok' && OBJECT_OF_RIVALRY_OR_DEAL.test(u.token.lower)) return true;
  }
  return false;
}
