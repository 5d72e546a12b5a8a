import type { DealStatus } from './types';

/** Cues in the sentence that says a deal is off, only talked about, signed but not closed, or done. */
const ABANDONED =
  /(?<![\p{L}\p{N}])(terminat\p{L}*|called off|call off|walked away|withdr[ae]w\p{L}*|withdrawn|abandon\p{L}*|rejected|rejet\p{L}*|refus\p{L}*|renonc\p{L}*|annul\p{L}*|échou\p{L}*|scrapped|broke off|dropped (?:its|the|their) (?:bid|offer|plan)|démenti\p{L}*|denied|denies|suspend\p{L}*|rebuffed|spurned|turned down|voted (?:\p{L}+ ){0,2}down|voted against|failed (?:\p{L}+ )?(?:bid|offer|attempt|approach|takeover|merger)|unsuccessful|avorté\p{L}*|fell through|fell apart|collapsed|blocked|bloqu\p{L}*|capot\p{L}*)(?![\p{L}\p{N}])/iu;
const RUMOURED =
  /(?<![\p{L}\p{N}])(rumou?r\p{L}*|rumeur\p{L}*|talks|pourparlers|négociations?|discussions?|pourrai\p{L}*|envisag\p{L}*|considering|considers|exploring|explore|said to be|people familiar|sources? (?:said|close)|selon (?:des|nos|plusieurs) sources|serai\p{L}*|aurai\p{L}*|may (?:bid|buy|acquire|sell)|might|could|possible|potential|speculat\p{L}*|spéculat\p{L}*|étudie\p{L}*|would consider|interested in|intéress\p{L}*)(?![\p{L}\p{N}])/iu;
const PENDING =
  /(?<![\p{L}\p{N}])(agreed|agrees|agree to|agreement|accord|a signé|signé|letter of intent|lettre d['’]intention|in principle|subject to|sous réserve|will|to acquire|to buy|to sell|plans to|intends to|va |vont |compte|should|expected to|devrait|tentative\p{L}*|definitive|offer|offre|tender|bid|proposed|projet|pending|approval|feu vert|autorités)(?![\p{L}\p{N}])/iu;
const COMPLETED =
  /(?<![\p{L}\p{N}])(acquired|bought|purchased|completed|closed|sold|took over|merged|a racheté|ont racheté|a acquis|ont acquis|a repris|a cédé|a finalisé|a bouclé|a pris|a été|ont été|est passé|finalisé|bouclé|has raised|raised|a levé|ont levé|vient de)(?![\p{L}\p{N}])/iu;

/**
 * "No longer" ends a state, not always the deal: "Y's operations, now part of X, no longer appear separately"
 * tells a purchase that happened. It marks the deal off only inside the deal's own clause.
 */
const ENDED_IN_CLAUSE = /(?<![\p{L}\p{N}])(no longer)(?![\p{L}\p{N}])/iu;

/**
 * The status a deal stated in `sentence` carries; talk and refusal never read as a done deal. `clause`, the part
 * of the sentence that states the deal, bounds the cues that may belong to another fact of the sentence.
 */
export function dealStatus(sentence: string, clause: string = sentence): DealStatus {
  if (ABANDONED.test(sentence) || ENDED_IN_CLAUSE.test(clause)) return 'abandoned';
  if (RUMOURED.test(sentence)) return 'rumoured';
  if (PENDING.test(sentence))
    return /(?<![\p{L}\p{N}])(completed|closed|finalisé|a finalisé)(?![\p{L}\p{N}])/iu.test(sentence)
      ? 'completed'
      : 'pending';
  if (COMPLETED.test(sentence)) return 'completed';
  return 'announced';
}

/** Confidence is cut for statuses that say the deal may never happen. */
export const STATUS_CONFIDENCE_FACTOR: Record<DealStatus, number> = {
  completed: 1,
  announced: 1,
  pending: 0.95,
  rumoured: 0.6,
  abandoned: 0.6,
};
