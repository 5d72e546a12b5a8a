import type { Sentence } from '../sentences';

/**
 * Where a price belongs when a sentence or a story tells more than one deal: a purchase of an earlier year borrows
 * no price from other sentences, and a clause coordinated to the deal's ("…, while X acquired Y", "A en 2021,
 * puis B, repris pour 12 M€") keeps its own figures.
 */

/** Characters of the year in an ISO date. */
const YEAR_CHARS = 4;

/** The deal's own date lies in a year before the story's ("en 2022", "last year" in a 2026 story). */
export function datedBeforePublication(date: string | null, published: string | null): boolean {
  return date !== null && published !== null && date.slice(0, YEAR_CHARS) < published.slice(0, YEAR_CHARS);
}

/**
 * What opens a coordinated clause (a new fact with its own parties), as opposed to a relative on this one:
 * "puis", "while", "tandis", a semicolon. A bare "and"/"et" also joins nouns or the members of a list of targets.
 */
const COORDINATION_START = /^(?:\s(?:while|tandis|whereas|puis)\s|;)/iu;

/** The deal's clause was cut by a coordination, not by a relative clause, a joined noun or the sentence's end. */
export function coordinatedAfter(sentence: Sentence, clause: Sentence): boolean {
  if (clause === sentence || clause.end >= sentence.end) return false;
  return COORDINATION_START.test(sentence.text.slice(clause.end - sentence.start));
}

/**
 * A comma and a coordinating word, or a time subordinator ("…, a week after rival D snapped up P", "…, deux mois
 * après que"): the clause after it tells another fact.
 */
const COMMA_COORDINATION =
  /,\s+(?:and|et|while|tandis\s+que|whereas|puis|(?:(?:a|an|one|two|three|four|several|some|just|only|une|deux|trois|quelques)\s+)?(?:(?:days?|weeks?|months?|years?|jours|semaines?|mois|ans?)\s+)?(?:after|before|après\s+que|avant\s+que))\s/iu;

/** Between absolute offsets `from` and `to` of the sentence a coordinated clause begins. */
export function coordinationBetween(sentence: Sentence, from: number, to: number): boolean {
  if (from >= to) return false;
  return COMMA_COORDINATION.test(sentence.text.slice(from - sentence.start, to - sentence.start));
}

/**
 * A second verb of buying joined to the deal's by "and"/"et" (with "then", "later", "puis", an auxiliary):
 * "bought A in 2023 and then acquired B for $27 million", "a racheté A en 2021 et repris B pour 12 M€". A price
 * after it is the second purchase's, whatever clause the sentence's reading gave the first one.
 */
const SECOND_BUYING_VERB =
  /(?<![\p{L}])(?:and|et)\s+(?:(?:then|later|also|subsequently|puis|ensuite|aussi|a|has|had|avait)\s+){0,2}(?:bought|acquired|purchased|took\s+over|snapped\s+up|picked\s+up|rachet[ée]e?s?|repris|acquis|absorb[ée]e?s?|mis\s+la\s+main)(?![\p{L}])/iu;

/** Between absolute offsets `from` (the deal's match end) and `to` (a price) a second buying verb is joined. */
export function secondPurchaseBetween(sentence: Sentence, from: number, to: number): boolean {
  if (from >= to) return false;
  return SECOND_BUYING_VERB.test(sentence.text.slice(from - sentence.start, to - sentence.start));
}
