/**
 * Offers, bids and proposals: a deal told as one side's wish is no deal until the sentence says it was taken. Read
 * by the deal status (modality.ts).
 */

/**
 * A deal told as an offer, a bid or a proposal: one side's wish, not yet a deal. The noun counts when a deal word,
 * a determiner or a price stands before it or a party or a deal verb follows ("a tender offer", "the Emery offer",
 * "an offer from X", "a bid for Y", "offered 40 dlrs a share", "offered to buy"); "in a bid to" states a purpose,
 * "to offer" a service, and "appels d'offres" or "s'offre" are no bids at all.
 */
const OFFER_EN = new RegExp(
  [
    String.raw`\b(?:tender|takeover|exchange|buyout|acquisition|merger|cash|hostile|unsolicited|rival|competing|counter|higher|revised|sweetened|improved)[- ](?:offers?|bids?|proposals?)\b`,
    String.raw`\b(?:offers?|bids?|proposals?)\s+(?:for|from|of\s+(?:US)?\$?\d|to\s+(?:acquire|buy|purchase|take\s+over|merge))\b`,
    // "is still offering to acquire Y", "bidding to buy": the offer under way, not taken
    String.raw`\b(?:offered|offers|offering|bid|bids|bidding|proposed|proposes)\s+to\s+(?:acquire|buy|purchase|take\s+over|merge)\b`,
    // "has proposed acquiring Y", "proposed a merger with Y": one side's proposal, like an offer
    String.raw`\b(?:proposed|proposes|proposing)\s+(?:acquiring|buying|purchasing|taking\s+over|merging)\b`,
    String.raw`\b(?:proposed|proposes|proposing)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:merger|takeover|acquisition|combination|buyout)\b`,
    // "offered 40 dlrs a share"; not "Stone's proposed 32 dlr acquisition", which names an agreed deal too
    String.raw`\b(?:offered|offers|bid|bids)\s+(?:about|some|around)?\s*(?:US)?\$?\d`,
  ].join('|'),
  'iu',
);
/** "an offer", "the Emery offer", "a second bid": case matters here, as only names may stand in between. */
const OFFER_AFTER_DETERMINER =
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Aa]ny|new|second|first|initial|formal)\s+(?:[A-Z][\w.&'-]*\s+){0,3}(?:offer|bid|proposal)\b/u;
/** "in a bid to grow", "a bid to win": a purpose, and the bid rate of a currency, are no takeover bids. */
const NOT_AN_OFFER_EN = /\bin\s+(?:a|an)\s+(?:\w+\s+)?bid\s+to\b|\bbids?\s+(?:rates?|prices?)\b/giu;
const OFFER_FR = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:OPA|OPE|OPR|OPAS|contre-offres?|surench\p{L}*)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])offres?\s+(?:publique|ferme|indicative|non sollicitée|hostile|concurrente|de rachat|de reprise|d['’]achat|d['’]acquisition|de fusion)`,
    String.raw`(?<![\p{L}\p{N}])offres?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:pour|sur)\s+(?:la reprise|le rachat|l['’]acquisition|racheter|acquérir|reprendre|le capital)`,
    String.raw`(?<![\p{L}\p{N}])(?:fait|déposé|remis|soumis|lancé|présenté|formulé)\s+(?:une|son|sa|leur)\s+(?:\p{L}+\s+)?(?:offre|proposition)`,
    String.raw`(?<![\p{L}\p{N}])propos\p{L}*\s+de\s+(?:racheter|reprendre|acquérir)`,
  ].join('|'),
  'iu',
);
/** "appels d'offres" are calls for tenders, no bids. */
const NOT_AN_OFFER_FR = /appels?\s+d['’]offres?/giu;

/**
 * What makes an offer a deal: the target or a court took it (accepted, recommended, retenu), both sides agreed or
 * signed, it is friendly (amicale), or it went through (completed). A negation or a condition just before
 * ("has not accepted", "subject to a definitive agreement") takes the cue back.
 */
const OFFER_TAKEN =
  /(?<![\p{L}\p{N}])(accept\p{L}*|recommend\p{L}*|recommand\p{L}*|approved|approves|agreed|agrees|agreement|friendly|amicable|amical\p{L}*|signed|definitive|completed|successful|consummated|retenu\p{L}*|retient|validé\p{L}*|valide|approuv\p{L}*|agréé\p{L}*|accord|signé\p{L}*|homologu\p{L}*|finalisé\p{L}*)(?![\p{L}\p{N}])/giu;
/** A negation or a condition just before a cue takes it back (read by the status of any deal too). */
export const TAKEN_BACK =
  /(?<![\p{L}\p{N}])(?:not|no|never|n['’]t|without|pas|ni|sans|subject to|conditional on|sous réserve d['’]|pending|until|before|avant|if|si|would|could|may)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Shares already bought through the offer ("which acquired 54.7 pct of Y in a tender offer", "raised its stake to
 * 64 pct … in its takeover bid"): the offer worked, at least in part. Read in the deal's own clause only, as
 * another clause may tell a past purchase of someone else.
 */
const BOUGHT_THROUGH_OFFER =
  /(?<![\p{L}\p{N}])(acquired|bought|purchased|raised (?:its|their) (?:\p{L}+ )?(?:stake|holding|interest)|a acquis|a racheté|a pris le contrôle)(?![\p{L}\p{N}])/iu;

/** Clause breaks before a deal's first party: an offer told before one belongs to another deal. */
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas|et|mais|tandis)\s|\s(?:but|while|whereas|separately|mais|tandis que|par ailleurs)\s/giu;

function lastBreakEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) end = m.index + m[0].length;
  return end;
}

/**
 * A word every offer regex above needs, in their case folding: most sentences hold none, and are answered without
 * the two replacements and three runs.
 */
const OFFER_WORD = /offer|bid|propos|offre|op[aer]|surench/iu;

export function statesOffer(text: string): boolean {
  if (!OFFER_WORD.test(text)) return false;
  const en = text.replace(NOT_AN_OFFER_EN, ' ');
  return (
    OFFER_EN.test(en) || OFFER_AFTER_DETERMINER.test(en) || OFFER_FR.test(text.replace(NOT_AN_OFFER_FR, ' '))
  );
}

function offerTaken(sentence: string): boolean {
  for (const m of sentence.matchAll(OFFER_TAKEN))
    if (!TAKEN_BACK.test(sentence.slice(0, m.index))) return true;
  return false;
}

/**
 * True when the deal of `clause` is told as an offer nobody took yet. The offer may stand before the clause in
 * the same clause of the sentence ("The proposal provides that Y would become a unit of X"), not after it.
 */
export function unacceptedOffer(told: string, toldClause: string = told): boolean {
  const sentence = oneLine(told);
  const clause = oneLine(toldClause);
  const at = sentence.indexOf(clause);
  const head = at < 0 ? '' : sentence.slice(0, at);
  const scope = head.slice(lastBreakEnd(head)) + clause;
  return statesOffer(scope) && !offerTaken(sentence) && !BOUGHT_THROUGH_OFFER.test(scope);
}

/** Line breaks and runs of spaces as one space, so cues read across a wire's line breaks. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}
