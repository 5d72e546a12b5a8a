import { GAPPED_OBJECT_RULES } from './gapped-objects';
import { rules } from './rule';

/**
 * One subject, two verb phrases, the second with a time phrase of its own before or after its verb: "X bought A in
 * 2022 and, last year, took a 30% stake in B", "It acquired A and in March bought B", "X a racheté A en 2019, puis
 * pris le contrôle en 2023 de B", "X a repris A, puis l'an dernier racheté B", "X a financé A, puis investi l'an
 * dernier dans B". The subject of the first verb is the subject of the second; the older second-verb rules
 * (fr/second-verb.ts, en/deals.ts) want the verb right after the coordinator. A gap stops at a name that is a
 * subject, so "X a racheté A, puis B a racheté C" (a clause with its own subject) is not read here, nor is
 * "X bought A and B" (a second object, no second verb).
 */

const EN_FIRST =
  '(acquired|bought|purchased|absorbed|took|snapped|picked|backed|invested|funded|financed|led|sold|merged)';
const EN_BUY = '(acquired|bought|purchased|absorbed)';
const EN_TAKE = '(took|acquired|bought|purchased|picked)';
const EN_STAKE = '(stake|interest|holding|shareholding)';
/** What stands between the coordinator and the second verb: a comma, a time phrase, an adverb. */
const EN_THEN = '(and|then) ~5';

/** The first verb phrase's verb, or the deal noun a subject finishes ("a bouclé le rachat de A, et pris …"). */
const FR_FIRST =
  '(racheté|rachète|acquis|acquiert|repris|reprend|absorbé|absorbe|offert|avalé|financé|finance|investi|investit|soutenu|accompagné|cédé|cède|pris|fusionné|rachat|acquisition)';
const FR_BUY = '(racheté|rachète|acquis|acquiert|repris|reprend|absorbé|absorbe|avalé|avale)';
const FR_THEN = '(puis|et) ~5';
/** A time phrase between the second verb and its object ("pris l'an dernier", "pris en juillet 20 %"). */
const FR_TIME_INSERT = '~3';

const ELLIPSIS_SECOND_VERB_RULES = rules([
  {
    id: 'en.acquired.ellipsis-second-buy',
    type: 'ACQUIRED',
    pattern: `@src ~10 ${EN_FIRST} ?up ?over ~8 @first ~10 ${EN_THEN} ${EN_BUY} ~6 @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'en.acquired.ellipsis-second-stake',
    type: 'ACQUIRED',
    pattern: `@src ~10 ${EN_FIRST} ?up ?over ~8 @first ~10 ${EN_THEN} ${EN_TAKE} ?up (a|an) ~3! ${EN_STAKE} in ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'majority',
    confidence: 0.7,
  },
  {
    id: 'en.funded.ellipsis-second-stake',
    type: 'FUNDED',
    pattern: `@src ~10 ${EN_FIRST} ?up ?over ~8 @first ~10 ${EN_THEN} ${EN_TAKE} ?up (a|an) ~3! ${EN_STAKE} in ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.7,
  },
  {
    id: 'en.funded.ellipsis-second-invest',
    type: 'FUNDED',
    pattern: `@src ~10 ${EN_FIRST} ?up ?over ~8 @first ~10 ${EN_THEN} (invested|backed|funded|financed) ~4! ?in @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.65,
  },
  {
    // the first object of a backer's two verb phrases: a reading of the second takes the investor's role in the
    // sentence, so the first backing is read here too ("also backed A in June and acquired a stake in B")
    id: 'en.funded.ellipsis-first-backing',
    type: 'FUNDED',
    pattern: `@src ~6 (backed|funded|financed|invested) ?in ~3! @first ~6 ${EN_THEN} (${EN_TAKE.slice(1, -1)}|invested|backed|funded|financed|led)`,
    source: 'src',
    target: 'first',
    stake: 'minority',
    confidence: 0.65,
  },
  {
    // as in English: the second verb's reading takes a pointer investor's role in the sentence, so the first backing
    // is read here too ("Le fonds a financé A en 2020, puis investi l'an dernier dans B")
    id: 'fr.funded.ellipsis-first-backing',
    type: 'FUNDED',
    pattern: `@src ~6 (financé|soutenu|investi) ?(dans) ~3! @first ~8 ${FR_THEN} (investi|misé|injecté|pris)`,
    source: 'src',
    target: 'first',
    stake: 'minority',
    confidence: 0.65,
  },
  {
    id: 'fr.acquired.ellipsis-second-buy',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FR_FIRST} ~8 @first ~8 ${FR_THEN} ${FR_BUY} ~8 @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'fr.acquired.ellipsis-takes-control',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FR_FIRST} ~8 @first ~8 ${FR_THEN} (pris|prend) le contrôle ~4 (de|du|d') ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.ellipsis-second-invest',
    type: 'FUNDED',
    pattern: `@src ~7 ${FR_FIRST} ~8 @first ~8 ${FR_THEN} (investi|misé|injecté|réinvesti) ~6 (dans|sur|chez) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.ellipsis-second-stake',
    type: 'FUNDED',
    // a time phrase may stand between the verb and its object: "puis a pris l'an dernier une participation de 25 %"
    pattern: `@src ~7 ${FR_FIRST} ~8 @first ~8 ${FR_THEN} (pris|prend) ${FR_TIME_INSERT} une participation ?(minoritaire) ~4 (dans|au|chez) ?(capital) ?(de|du|d') ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.65,
  },
  {
    // "X avait repris A, puis pris 35 % du capital du cidrier B au printemps", "X a bouclé le rachat de A, et pris
    // en juillet 20 % du capital de B": a share of the capital, below half an investment (fr/second-verb.ts
    // `fr.acquired.second-verb-percent` reads it over half)
    id: 'fr.funded.ellipsis-second-share',
    type: 'FUNDED',
    pattern: `@src ~7 ${FR_FIRST} ~8 @first ~8 ${FR_THEN} (pris|prend) ${FR_TIME_INSERT} (%) ?(du) ?(capital) (de|du|d'|dans) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.65,
  },
]);

/** The second-verb rules and the gapped second objects (gapped-objects.ts), per language. */
const ALL_ELLIPSIS_RULES = [...ELLIPSIS_SECOND_VERB_RULES, ...GAPPED_OBJECT_RULES];
export const EN_ELLIPSIS_RULES = ALL_ELLIPSIS_RULES.filter((r) => r.id.startsWith('en.'));
export const FR_ELLIPSIS_RULES = ALL_ELLIPSIS_RULES.filter((r) => r.id.startsWith('fr.'));
