import type { Sentence } from '../sentences';
import type { DealStatus } from '../types';
import { dealStatusInStory } from '../modality';
import { sideClauseStatus } from './relative-clause-status';

/**
 * "X sold its unit to Y in 2024 and said in September it was no longer in talks with Z": the talk belongs to the
 * clause after the coordination, which has its own verb, not to the sale. Only a conjunction followed by a new
 * predicate (a reporting verb, a pronoun subject, an auxiliary) or a semicolon opens such a clause; a bare "and"
 * may join the targets of one deal.
 */
const NEW_PREDICATE_AFTER =
  /(?:,?\s+and\s+(?:then\s+)?(?:said|says|added|announced|confirmed|told|noted|disclosed|revealed|it|he|she|they|has|had|was|is|is now)\s|;\s|,\s+(?:while|whereas|but)\s|,?\s+(?:et|mais)\s+(?:a\s+(?:indiqué|annoncé|précisé|confirmé|déclaré)|il|elle|ils|elles|avait|était|est)\s|,?\s+tandis\s+qu)/iu;

/** Statuses a later clause may wrongly lend to a deal told in full before it. */
const BORROWABLE: ReadonlySet<DealStatus> = new Set<DealStatus>(['rumoured']);

/**
 * The deal's status read as the story tells it, but bounded at a coordinated clause that opens after the deal's
 * own words (`dealEnd`, an absolute offset): a rumour cue only there is another fact's. The cut applies only when
 * the whole sentence reads rumoured and the deal's own part alone does not.
 */
export function ownClauseStatus(
  sentence: Sentence,
  clause: Sentence,
  dealEnd: number,
  following: readonly string[],
  parties: readonly string[],
  matchStart?: number,
): DealStatus {
  const whole = dealStatusInStory(sentence.text, clause.text, following, parties);
  // a purchase told as done in a relative or participle clause keeps its own status ("X, which bought Y in 2023, …")
  if (whole !== 'completed' && matchStart !== undefined) {
    const side = sideClauseStatus(sentence, matchStart, dealEnd);
    if (side !== null) return side;
  }
  if (!BORROWABLE.has(whole)) return whole;
  const from = Math.max(0, dealEnd - sentence.start);
  const tail = sentence.text.slice(from);
  const m = NEW_PREDICATE_AFTER.exec(tail);
  if (!m) return whole;
  const head = sentence.text.slice(0, from + m.index);
  const ownClause = clause.text.length <= head.length && head.includes(clause.text) ? clause.text : head;
  const own = dealStatusInStory(head, ownClause, following, parties);
  return BORROWABLE.has(own) ? whole : own;
}
