/**
 * A deal told as still being worked at — negotiated, tried, sought — is no deal yet (GOLD-FORMAT: "under
 * negotiation" does not count): "X is negotiating to buy Y", "X is in negotiations for the purchase of Y",
 * "X is trying to acquire Y", "X négocie le rachat de Y", "X tente de racheter Y". A sale tried is no sale either
 * ("trying to sell its station to Y", "tente de céder Z à Y"). The cue must govern a buying, selling or merging
 * verb or noun, with at most a determiner or "to" between, so "X, which tried to expand, bought Y" and "a suit
 * seeking to halt the sale of Y to X" keep the deal. The past "negotiated" and "a négocié" are left out: they often
 * tell a deal struck.
 */
const BUY_WORD =
  "(?:buy|buying|acquire|acquiring|purchase|purchasing|sell|selling|take\\s+over|taking\\s+over|merge|merging|merger|acquisition|takeover|sale|racheter|rachat|acquérir|acquisition|reprendre|reprise|prendre\\s+le\\s+contrôle|prise\\s+de\\s+contrôle|s['’]emparer|fusionner|fusion|rapprochement|cession|vendre|céder)";

/** Only these may stand between the cue and the buying word: "seeking to halt the sale" governs "halt". */
const FILLER =
  "(?:to|the|a|an|its|their|possible|outright|full|le|la|les|l['’]|de|du|des|d['’]|pour|un|une|sa|son|leur)";

/** What may stand between a past try and its verb: "tenté en 2022 de", "tried last year to", "tenté sans succès de". */
const TRY_INSERT =
  "(?:en\\s+\\d{4}|in\\s+\\d{4}|déjà|également|aussi|alors|lui-même|elle-même|en\\s+vain|sans\\s+succès|à\\s+plusieurs\\s+reprises|l['’]an\\s+dernier|l['’]année\\s+dernière|au\\s+printemps|last\\s+year|earlier|once|twice|repeatedly|unsuccessfully|already|also)";

const ATTEMPT = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      'negotiat(?:ing|es|e|ions?)',
      'in\\s+(?:advanced\\s+|exclusive\\s+)?negotiations?',
      '(?:trying|tries|tried|attempting|attempts|attempted|seeking|seeks|sought|striving|efforts?)\\s+to',
      'n[ée]goci(?:e|ent|ait|aient)',
      'en\\s+train\\s+de\\s+n[ée]gocier',
      'en\\s+n[ée]gociations?',
      "(?:tente|tentent|tentait|tentaient|cherche|cherchent|cherchait|essaie|essaient|essayait)\\s+(?:de|d['’]|à)",
      // the compound past of a try is one that did not succeed, past a time insert ("avait tenté en 2022 de racheter")
      `(?:tenté|tentée|cherché|essayé)(?:\\s+${TRY_INSERT}){0,2}\\s+(?:de|d['’]|à)`,
      `(?:tried|attempted)(?:\\s+${TRY_INSERT}){1,2}\\s+to`,
    ].join('|') +
    `)(?:[\\s'’]+${FILLER}){0,2}[\\s'’]+${BUY_WORD}(?![\\p{L}\\p{N}])`,
  'iu',
);

/** True when the sentence tells the deal as something a party is negotiating or trying to get. */
export function attemptedDeal(sentence: string): boolean {
  return ATTEMPT.test(sentence);
}

/**
 * "X dément avoir racheté Y", "Y a nié tout rachat par X", "X denied it had bought Y": a denial of the deal verb
 * says the deal did not happen.
 */
const DENIAL =
  /(?<![\p{L}\p{N}])(?:dément|démentent|démentait|démentaient|démentant|ni(?:e|ent|ait|aient|ant)\s+(?:avoir|que|qu['’]|tout|toute|les\s+informations|les\s+rumeurs)|(?:a|ont|avait|avaient)\s+nié|deny|denying)(?![\p{L}\p{N}])/iu;

export function deniedDeal(sentence: string): boolean {
  return DENIAL.test(sentence);
}

/**
 * "After months of talks, X agreed to acquire Y", "À l'issue de longues négociations, X a signé …": talks told as
 * the road to a commitment are its history, not its status. Returns the sentence without that opening phrase when
 * the rest commits to the deal (`committed` reads it) and the phrase itself tells no failure (`failed`); else the
 * sentence as it is.
 */
const TALKS_BEFORE =
  /(?<![\p{L}\p{N}])(?:after|following|à\s+l['’]issue\s+d(?:e|es|['’])|au\s+terme\s+d(?:e|es|['’])|après)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:talks|negotiations|discussions|pourparlers|négociations)(?:\s+(?:with|avec)\s+[^,;]{1,60})?\s*,/iu;

export function withoutTalksBeforeCommitment(
  sentence: string,
  committed: (rest: string) => boolean,
  failed: (phrase: string) => boolean,
): string {
  const m = TALKS_BEFORE.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  return committed(rest) && !failed(m[0]) ? rest : sentence;
}
