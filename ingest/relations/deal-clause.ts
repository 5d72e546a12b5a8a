import type { Sentence } from '../sentences';

/** The span a rule matched and the clause of the sentence that states its deal. */

/** Where the rule matched: absolute offsets from the start of the first unit it took to the end of the last. */
export interface MatchSpan {
  start: number;
  end: number;
}

/** What closes the deal's clause after its last party: past it the sentence tells another deal or fact. */
const CLAUSE_END =
  /\s(?:and|et|while|tandis|whereas|but|mais|puis)(?:\s|,)|;|,\s(?:which|qui|dont|que|lequel|laquelle|in\s+which|of\s+which)\s|,\s+qu['’]/iu;
/** A relative clause opened after the first party ("X, which bought Y in 2021, took …"): its deal ends at its comma. */
const RELATIVE_OPENED = /,\s(?:which|who|qui|lequel|laquelle)\s/iu;

/**
 * The part of the sentence that states this deal: from its first party to the end of its clause, so "bought A
 * in 2023 and took a 30 % stake in B" (also "and, last year, took …") gives A no stake, and each deal keeps its own
 * price; "X, which bought A in 2021, took a minority stake in B" ends at the relative's comma. The whole sentence
 * when the match is not known.
 */
export function dealClause(sentence: Sentence, span: MatchSpan | undefined): Sentence {
  if (!span) return sentence;
  const from = Math.min(Math.max(0, span.start - sentence.start), sentence.text.length);
  const to = Math.min(Math.max(from, span.end - sentence.start), sentence.text.length);
  const rest = sentence.text.slice(to);
  const stop = CLAUSE_END.exec(rest);
  let end = to + (stop ? stop.index : rest.length);
  // the main clause after the relative tells the subject's other news, with its own stake and price
  if (RELATIVE_OPENED.test(sentence.text.slice(from, to))) {
    const comma = rest.indexOf(',');
    if (comma >= 0) end = Math.min(end, to + comma);
  }
  return {
    ...sentence,
    text: sentence.text.slice(from, end),
    start: sentence.start + from,
    end: sentence.start + end,
  };
}

/**
 * A second deal verb coordinated inside the match ("bought A for $310m in 2025 and took a 55% stake in B", "a repris
 * A en 2022, puis pris 70 % de B"): the deal the match ends on is told from there, with its own price and date.
 */
const COORDINATED_DEAL_VERB =
  /(?:,\s*|\s)(?:and|et|puis)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:took|acquired|bought|purchased|snapped|picked|pris|racheté|repris|acquis|absorbé|avalé)\s/giu;

export function ownDealSpan(sentence: Sentence, span: MatchSpan | undefined): MatchSpan | undefined {
  if (!span) return span;
  const from = Math.max(0, span.start - sentence.start);
  const text = sentence.text.slice(from, Math.max(from, span.end - sentence.start));
  let last = -1;
  for (const m of text.matchAll(COORDINATED_DEAL_VERB)) last = m.index;
  return last < 0 ? span : { start: sentence.start + from + last, end: span.end };
}
