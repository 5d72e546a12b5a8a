/**
 * Wire copy often states what a whole deal costs in a sentence of its own, far from the one naming the parties:
 * "The current offer price is about 782 mln dlrs", "The scrip offer values Y at about 110 mln dlrs", "estimated
 * the total cost of the takeover at 2.5 billion dlrs", "calls for the acquisition of Y for about 62 mln dlrs".
 * Such a sentence names the price with words that leave no doubt, so it may lend its amount to a deal stated
 * elsewhere in the story; a bare "N mln dlrs" there (sales, debt, a loss) may not.
 */
const DEAL_NOUN = String.raw`(?:offer|bid|deal|transaction|acquisition|merger|agreement|takeover|buyout|purchase|sale|proposal)`;
const DEBT_PAPER = String.raw`(?:notes?|debentures?|loans?|bonds?|warrants?)\s`;
const HEDGE = String.raw`(?:(?:about|approximately|around|some|nearly|almost|roughly|an\s+estimated)\s+)?`;
const WORDS = (max: number) => String.raw`(?:[^\s,.;]+\s+){0,${max}}?`;

/** What may stand right before the amount: the price phrase, a linking word, a hedge. */
const PRICE_LEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      // "the offer price is", "the purchase price of", "a price tag of"
      String.raw`(?:${DEAL_NOUN}|total)\s+price`,
      // "for an aggregate cost of", "a combined price of"
      String.raw`(?:aggregate|total|combined)\s+(?:cost|price|consideration)`,
      String.raw`price\s+tag`,
      // "the total cost of the takeover at"
      String.raw`cost\s+of\s+(?:the\s+)?${DEAL_NOUN}`,
      // "paid a cash consideration of"
      String.raw`(?:cash\s+)?consideration`,
      // "the offer values Y at", "the agreement valued the company at"
      String.raw`${DEAL_NOUN}\s+${WORDS(3)}(?:values|valued|valuing|capitali[sz]es|capitali[sz]ed|capitali[sz]ing)\s+${WORDS(5)}at`,
      // "a deal worth", "the transaction valued at"
      String.raw`${DEAL_NOUN}\s+(?:(?:is|was|would\s+be|will\s+be)\s+)?(?:worth|valued\s+at)`,
      // "the acquisition of Y for"
      // (not a debt paper bought with it: "the purchase of Y's note for")
      String.raw`(?:acquisition|purchase|takeover|buyout)\s+of\s+(?!${WORDS(6)}${DEBT_PAPER})${WORDS(6)}for`,
    ].join('|') +
    String.raw`)\s+(?:(?:is|was|of|at|will\s+be|would\s+be|includes|included|totals|totalled)\s+)?${HEDGE}$`,
  'iu',
);

/** Characters before an amount searched for the price phrase. */
export const PRICE_LEAD_LOOKBACK_CHARS = 80;

/** True when `before` (the text right before an amount) ends on words that make the amount a deal's price. */
export function isPriceLead(before: string): boolean {
  return PRICE_LEAD.test(before.slice(-PRICE_LEAD_LOOKBACK_CHARS));
}

/**
 * Words of paying or valuing right before an amount, told in a sentence of its own: "Cadenza is paying £92
 * million", "Hoekstra … paid about 60 million pounds", "l'acquéreur déboursera environ 180 millions d'euros",
 * "deux sources l'évaluent à environ 60 millions d'euros", "L'acquisition, d'un montant de 65 millions d'euros".
 * Weaker than `isPriceLead` (a payment may be a fee or an earlier deal's), so deal-money.ts asks it only of a
 * sentence that dates nothing of its own.
 */
const FR_HEDGE = String.raw`(?:(?:about|approximately|around|some|nearly|almost|roughly|environ|près\s+de|quelque)\s+)?`;
const PAYMENT_LEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      String.raw`(?:paying|paid|pays|pay|débours\p{L}*|paie|paiera|payera|versera|verse|empoche\p{L}*|encaisse\p{L}*)`,
      String.raw`valued\s+(?:the\s+)?(?:business|company|firm|group|unit|division|catalogu?e?|target)\s+at`,
      String.raw`(?:l['’]|les\s+)(?:évalu\p{L}*|valoris\p{L}*)\s+à`,
      String.raw`d['’]un\s+montant\s+(?:total\s+)?de`,
    ].join('|') +
    String.raw`)\s+${FR_HEDGE}$`,
  'iu',
);

export function isPaymentLead(before: string): boolean {
  return PAYMENT_LEAD.test(before.slice(-PRICE_LEAD_LOOKBACK_CHARS));
}
