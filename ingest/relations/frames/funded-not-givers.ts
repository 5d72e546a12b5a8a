import type { ExtractedRelation } from '../../types';

/**
 * Trade nouns of parties that work on a round without putting money in: advisers of every kind. Read in the few
 * words before the investor's name ("le cabinet Goodwin a accompagné", "law firm A advised").
 */
const ADVISER_NOUN =
  /\b(cabinet|cabinets|avocats?|conseils?|banque d'affaires|banques d'affaires|law firm|adviser|advisers|advisor|advisors|counsel)\b/i;

/**
 * Incubators and accelerators coach more often than they invest: their name counts as a giver only when the
 * sentence says money went in, not when they merely "accompany" or "host" the company.
 */
const COACH_NOUN = /\b(incubateur|incubateurs|accélérateur|accélérateurs|incubator|accelerator|pépinière)\b/i;
const COACHING_VERB = /\b(accompagn\w*|héberg\w*|hosted|mentored|coach\w*|supported)\b/i;

/**
 * "X était accompagné par A" in a sentence about advice ("le cabinet B a conseillé la start-up, tandis que X était
 * accompagné par A"): deal copy uses the verb for advisers too, so beside an adviser's words it tells no money.
 */
const ACCOMPANIED_RULE = 'fr.funded.accompanied-by';
const ADVICE_IN_SENTENCE = /\b(conseill\w*|conseils?|avocats?|cabinet|advis\w*|counsel)\b/i;

/** How far before the name its trade noun may stand, in characters ("la banque d'affaires parisienne A"). */
const DESCRIPTOR_WINDOW_CHARS = 40;
/** How far after the name a negated verb still says that name did not invest, in characters. */
const NEGATION_WINDOW_CHARS = 30;

/**
 * "A and B did not take part", "A n'a pas participé", "A declined to invest": the name gave nothing. Only a verb
 * of joining the money, with no comma between: "financée par un prêt de A, n'a pas été dévoilé" says nothing of A.
 */
const NEGATED_AFTER =
  /^[^.;:,]*?\b(?:(?:did not|didn't|does not|do not|will not|won't|declined to|chose not to|n'(?:a|ont|avait|avaient) pas)\s+(?:also\s+|aussi\s+)?(?:take|took|taking|particip\w*|invest\w*|join\w*|follow\w*|back\w*|put|pris|suivi|réinvesti|remis)|ne (?:participe|participent|suit|suivent|réinvestit|réinvestissent) pas)/i;

/** Where the source's name stands in the evidence sentence; an alias or a pointer is not judged. */
function nameAt(sentence: string, name: string): { start: number; end: number } | null {
  const at = sentence.indexOf(name);
  return at >= 0 ? { start: at, end: at + name.length } : null;
}

/**
 * Whether a FUNDED fact's investor is, by the sentence's own words, an adviser, a coach or a party that did not
 * take part: such a name is in the round's story but gave no money (GOLD-FORMAT: advisers are no relation).
 */
export function givesNoMoney(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  const sentence = r.evidence.sentence;
  if (r.rule === ACCOMPANIED_RULE && ADVICE_IN_SENTENCE.test(sentence)) return true;
  const at = nameAt(sentence, r.source);
  if (at === null) return false;
  const before = sentence.slice(Math.max(0, at.start - DESCRIPTOR_WINDOW_CHARS), at.start);
  // only the words of the name's own phrase: "auprès de Siparex, conseillé par le cabinet A" keeps Siparex
  const phrase = before.split(/[,;:]|\b(?:et|and|avec|with|auprès|from|par|by)\b/i).pop() ?? '';
  if (ADVISER_NOUN.test(phrase)) return true;
  if (COACH_NOUN.test(phrase) && COACHING_VERB.test(sentence)) return true;
  const after = sentence.slice(at.end, at.end + NEGATION_WINDOW_CHARS + r.source.length);
  return NEGATED_AFTER.test(after) && !/\b(led|mené|menée|invested|investi)\b/i.test(after.split(/[,;]/)[0]);
}
