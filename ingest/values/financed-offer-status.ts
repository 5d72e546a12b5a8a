import type { DealStatus, RelationType } from '../types';
import { dealStatus } from '../modality';

/**
 * A loan that pays for a takeover offer: "The offer will be financed with cash and a $400 million bridge loan from
 * A", "X has arranged a bridge loan from A to finance the offer", "l'offre sera financée par un prêt de A". The offer
 * is one side's wish until taken, but the lender's commitment to the bidder is made: a funding told around the offer
 * noun keeps the status of the rest of its sentence ("could", "talks" still make it a rumour).
 */

/** Words of paying for something. */
const FINANCING = String.raw`(?:financ\p{L}*|fund|funds|funded|funding|pay\s+for|paying\s+for|paid\s+for|payer|paiera)`;
/** The offer noun, after its determiner and up to two qualifiers ("the cash offer", "l'offre publique"). */
const OFFER = String.raw`(?:(?:the|its|this|their)\s+(?:[\p{L}-]+\s+){0,2}(?:offer|bid)|(?:l['’]|cette\s+|son\s+|leur\s+)(?:offre|OPA)(?:\s+publique)?)`;
/** Most words between the offer and its participle ("The offer, which values Y at $2bn, will be financed"). */
const OFFER_TO_FINANCED_WORDS = 10;
/** A financing word right before the offer, or the offer as the subject of a financing participle. */
const FINANCED_OFFER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${FINANCING}\s+${OFFER}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${OFFER}\s+(?:[^\s.;]+\s+){0,${OFFER_TO_FINANCED_WORDS}}?${FINANCING}`,
  'iu',
);
/** The offer nouns a neutral noun stands for when the rest of the sentence is read. */
const OFFER_NOUNS = /(?<![\p{L}\p{N}])(?:offers?|bids?|offres?|OPA)(?![\p{L}\p{N}])/giu;

/** The status of a funding told in `sentence`: a rumour that only the financed offer lent is read again without it. */
export function financedOfferStatus(type: RelationType, status: DealStatus, sentence: string): DealStatus {
  if (type !== 'FUNDED' || status !== 'rumoured' || !FINANCED_OFFER.test(sentence)) return status;
  return dealStatus(sentence.replace(OFFER_NOUNS, 'deal'));
}
