import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';

/**
 * "Pour financer la reprise, la Caisse d'Epargne accorde au groupe un crédit", "L'opération sera financée par un prêt
 * accordé au groupe par BNP Paribas", "To fund the acquisition, the company drew a loan from X": money raised to pay
 * for a takeover goes to the one who pays, the buyer of the article's deal — not the company the paragraph was about
 * (often the target, or the fund that owns the buyer). So a company pointer in a sentence that tells how a deal is
 * financed is that deal's buyer.
 */

/** Words of paying for something. */
const FINANCE =
  /^(financer|financera|financé|financée|financés|financées|financement|finance|finances|financed|financing|fund|funds|funded|funding|payer|paiera|pay)$/;
/** Nouns of the deal being paid for. */
const DEAL_NOUNS =
  /^(reprise|rachat|acquisition|acquisitions|opération|achat|transaction|deal|purchase|takeover|buyout)$/;
/** Most tokens between a financing word and its deal ("pour financer en partie la reprise", "to fund the deal"). */
const MAX_FINANCE_TO_DEAL_TOKENS = 4;
/** A deal noun this close to the sentence's start is its subject ("L'opération, …, sera financée par …"). */
const MAX_OPENING_DEAL_TOKEN = 2;

/** The sentence tells how a deal is paid for. */
export function tellsDealFinancing(tokens: readonly Token[]): boolean {
  let financeAt = -1;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (FINANCE.test(w)) financeAt = k;
    if (!DEAL_NOUNS.test(w)) continue;
    if (k <= MAX_OPENING_DEAL_TOKEN && tokens.some((t) => FINANCE.test(t.lower))) return true;
    if (financeAt >= 0 && k - financeAt <= MAX_FINANCE_TO_DEAL_TOKENS) return true;
  }
  return false;
}

/** The buyer of the article's deal, for a company pointer in a sentence financing that deal; else null. */
export function financedDealBuyer(tokens: readonly Token[], state: DiscourseState): number | null {
  const buyer = state.firstDeal.buyer;
  if (buyer === null) return null;
  return tellsDealFinancing(tokens) ? buyer : null;
}
