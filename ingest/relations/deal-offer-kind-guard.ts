import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * An offer of something else than the company is no bid for it: "made its latest settlement offer to Texaco", "a
 * compromise proposal to the creditors", "a job offer from Y", "une offre transactionnelle à Y", "une offre
 * d'emploi". The parties talk about a lawsuit, a debt or a post; nobody buys anybody.
 */
const OTHER_OFFER =
  /(?<![\p{L}])(?:(?:settlement|compromise|peace|job|employment|refinancing|restructuring|debt|rescheduling|wage|contract)\s+(?:offers?|proposals?|bids?)|(?:offres?|propositions?)\s+(?:transactionnelles?|de\s+(?:règlement|conciliation|compromis|rééchelonnement|restructuration\s+de\s+(?:la\s+)?dette)|d['’]emploi))(?![\p{L}])/iu;

/** True when the offer the rule read between the parties (match `span`) is an offer of another kind. */
export function notABid(sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span) return false;
  const from = Math.max(0, span.start - sentence.start);
  return OTHER_OFFER.test(sentence.text.slice(from, span.end - sentence.start));
}
