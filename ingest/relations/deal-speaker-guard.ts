import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';
import type { Rule } from './rule';

/**
 * A match that ends on a name its own reporting verb follows read past a clause break: "In remarks to
 * shareholders, President Peter Donis said …", "Addressing analysts and institutional investors, Marshall also
 * said …", "Devant les actionnaires, Pierre Roux a déclaré …". The name opens the next clause as its speaker; it
 * is no party of the deal words before it. A name set off by a comma before the verb ("…, Dorrit said") is not
 * read here, as it may close a deal told in full. Only the readers of holders set off by a comma ("Its backers, A
 * and B, …") take such an audience for an apposition; other matches may end on a speaker they captured.
 */
export const APPOSED_HOLDER_RULES = new Set(['en.funded.holders-apposed', 'fr.funded.holders-apposed']);

const SPEAKER_VERB_AFTER =
  /^\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|added|noted|stated|declared|explained|warned|insisted|a\s+(?:déclaré|dit|expliqué|indiqué|affirmé|précisé|souligné)|déclare|explique|indique|affirme|estime|souligne)(?![\p{L}])/iu;

export function partyIsNextSpeaker(rule: Rule, sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span || !APPOSED_HOLDER_RULES.has(rule.id)) return false;
  return SPEAKER_VERB_AFTER.test(sentence.text.slice(span.end - sentence.start));
}
