import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';
import { rules } from './rule';
import { controlOrMinorityReadings } from './stake-readings';

/**
 * A holding taken and then raised, the raise told in a relative clause on the holding: "X avait pris en 2023 une
 * participation de 20 % dans Y, qu'il a portée à 65 % en juin dernier", "X took a 20 percent stake in Y in 2021,
 * which it raised to 58 percent last year". The first figure is the entry (read by the minority-stake rules, a
 * FUNDED); the relative tells what the holding became, read here twice through `controlOrMinorityReadings`: the
 * figure after "à/to" says control (ACQUIRED) or still a minority (FUNDED). The deal's values are read in the
 * relative (`raisedHoldingSpan`, asked by values.ts), so the figure read is the one the holding was raised to, not
 * the entry's.
 */

/** Nouns of the French holding ("une participation de 20 %", "une part minoritaire"). */
const HOLDING_FR = '(participation|part|parts)';
/** The relative pronoun on the holding, its subject pronoun, and an auxiliary with an adverb. */
const RELATIVE_FR =
  "(qu'|qu’) (il|elle|ils|elles) ?(a|avait|ont|avaient) ?(depuis|ensuite|progressivement|récemment|finalement)";
/** Past participles of the raise, agreeing with the holding or not ("portée", "porté", "relevée"). */
const RAISED_FR = '(portée|porté|portées|relevée|relevé|augmentée|augmenté|renforcée|renforcé)';
/** Words between the participle and "à": a time phrase ("en juin dernier", "l'an dernier"). */
const RAISE_LEAD = 4;
/** Words between the holding noun and its company's preposition ("de 20 %", "minoritaire de 18 %"). */
const HOLDING_FIGURES = 6;
/** Words between the company and the relative's comma ("en 2019", "in 2021"). */
const AFTER_TARGET = 3;

/** Nouns of the English holding. */
const HOLDING_EN = '(stake|holding|interest|shareholding)';
/** "which it (has since|later|then) raised". */
const RELATIVE_EN = 'which (it|they) ?(has|had|have|later|then|subsequently) ?(since|later|then|gradually)';
/** Past forms of the English raise ("raised", "lifted … to"). */
const RAISED_EN = '(raised|increased|lifted|boosted|upped)';

export const STAKE_RAISED_RELATIVE_RULES_FR = rules([
  ...controlOrMinorityReadings(
    'fr',
    'holding-raised-relative',
    `@src ~8 ${HOLDING_FR} ~${HOLDING_FIGURES} (dans|de|du|chez) ~5! @tgt ~${AFTER_TARGET} , ${RELATIVE_FR} ${RAISED_FR} ~${RAISE_LEAD} à`,
    0.7,
  ),
]);

export const STAKE_RAISED_RELATIVE_RULES_EN = rules([
  ...controlOrMinorityReadings(
    'en',
    'holding-raised-relative',
    `@src ~8 ${HOLDING_EN} in ~3! @tgt ~${AFTER_TARGET} , ${RELATIVE_EN} ${RAISED_EN} ?(up) ~${RAISE_LEAD} to`,
    0.7,
  ),
]);

/** The relative raise's pronoun after the holding's company ("…, qu'il a portée", "…, which it has since raised"). */
const RELATIVE_RAISE =
  /(?<=,\s*)(?:qu['’]\s?(?:il|elle)s?|which\s+(?:it|they))\s+(?:\p{L}+\s+){0,3}?(?:portée?s?|relevée?s?|augmentée?s?|renforcée?s?|raised|increased|lifted|boosted|upped)\s/iu;

/** The ids of the readings above: their values are the raised holding's. */
export const RAISED_RELATIVE_RULE_IDS: ReadonlySet<string> = new Set(
  [...STAKE_RAISED_RELATIVE_RULES_FR, ...STAKE_RAISED_RELATIVE_RULES_EN].map((r) => r.id),
);

/**
 * The span of the relative raise after a match of these rules (which ends at the holding's company), so the deal's
 * clause (`deal-clause.ts` `dealClause`) is the relative's, with the figure the holding was raised to and its date.
 * The match's own span when the sentence holds no relative raise after it.
 */
export function raisedHoldingSpan(sentence: Sentence, span: MatchSpan | undefined): MatchSpan | undefined {
  if (!span) return span;
  const from = Math.max(0, span.end - sentence.start);
  const m = RELATIVE_RAISE.exec(sentence.text.slice(from));
  if (m === null) return span;
  const start = sentence.start + from + m.index;
  return { start, end: start + m[0].trimEnd().length };
}
