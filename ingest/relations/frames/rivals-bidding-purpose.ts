import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "competed against A to acquire C", "for control of C", "en concurrence avec A pour racheter C / pour la reprise
 * de C": a purpose of buying right after the rivals makes them two bidders for one target, which GOLD-FORMAT leaves
 * out of COMPETES_WITH. The pattern rules refuse the same words by look-ahead (`BIDDING_PURPOSE`, rival-words.ts).
 */

const BUY_VERB_EN = /^(acquire|buy|purchase|take)$/u;
const BUY_VERB_FR = /^(racheter|reprendre|acquérir)$/u;
const BUY_NOUN_FR = /^(rachat|reprise|contrôle)$/u;
/** "mentioned A and B as alternatives to C as acquirers", "cités comme repreneurs": the rivals' role is a bidder's. */
const BIDDER_ROLE =
  /^(acquirers|acquirer|bidders|bidder|buyers|buyer|suitors|suitor|purchasers|acquéreurs|acquéreur|repreneurs|repreneur|candidats|candidat)$/u;

/** A purpose of buying opens right after unit `last` (the last rival). */
export function biddingAfter(units: Unit[], last: number): boolean {
  const w = wordAt(units, last + 1);
  const next = wordAt(units, last + 2) ?? '';
  if (w === 'to') return BUY_VERB_EN.test(next);
  // "as acquirers", "as potential buyers", "comme repreneurs (potentiels)"
  if (w === 'as' || w === 'comme')
    return BIDDER_ROLE.test(next) || BIDDER_ROLE.test(wordAt(units, last + 3) ?? '');
  if (w === 'for') return next === 'control';
  if (w !== 'pour') return false;
  return (
    BUY_VERB_FR.test(next) || (/^(le|la)$/u.test(next) && BUY_NOUN_FR.test(wordAt(units, last + 3) ?? ''))
  );
}
