import { rules } from '../rule';
import { controlOrMinorityReadings } from '../stake-readings';

/**
 * One subject, two purchases in coordinated clauses: "X a repris Y en 2022, puis racheté Z", "X s'est offert Y,
 * puis a mis la main sur Z". The object of the first verb is not the subject of the second (fr/deals.ts rules
 * refuse a subject right after a deal verb: `AFTER_DEAL_VERB_FR`). The buyer must be named: a second fact
 * resting on the same guessed "le groupe" would double one anaphor error.
 */

const FIRST_BUY =
  '(racheté|rachète|rachètent|acquis|acquiert|repris|reprend|absorbé|absorbe|offert|offre|offrent|avalé|avale)';
/** Infinitives follow "avant de" ("avant d'absorber Z"). */
const SECOND_BUY =
  '(racheté|rachète|rachètent|acquis|acquiert|repris|reprend|absorbé|absorbe|avalé|avale|racheter|acquérir|reprendre|absorber|avaler)';
/** "puis", "et", "avant de", with an auxiliary and an adverb: ", puis a ensuite racheté", "et avait aussi repris". */
const THEN = '?, (puis|et|avant) ?de ?(a|avait|ont|avaient|aura) ?(ensuite|aussi|également|encore|enfin)';

/** The share's number, after a time phrase if any ("pris 70 %", "pris en juin 70 %", "pris l'an dernier 60 %"). */
const SHARE_LEAD = '~4';
/** A time phrase opening the second member: "l'année suivante", "l'an dernier", "en 2024", "deux ans plus tard". */
const TIME_OPENER = "(l'|en|début|fin|deux|trois|quatre|un) ~3!";
/** What may head a second object without its verb: a determiner, past the time phrase. */
const OBJECT_DETERMINER = "(le|la|les|l')";
/** The second member's words before its name: a verb there makes it a clause of its own, not an object. */
const OBJECT_WORDS = '~4!^(a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|fut)';

/** Forms of the verbs that raise a holding in a second member ("puis porté à 80 % sa participation dans B"). */
const SECOND_RAISE = '(porté|relevé|augmenté|renforcé|porter|relever|augmenter|renforcer)';
/** Longest stretch between such a verb and the holding noun ("en juin à 80 % sa"). */
const RAISE_FIGURES_GAP = 8;

export const FR_SECOND_VERB_RULES = rules([
  {
    // "X avait repris A en 2023, puis l'année suivante la marbrerie B": the verb is not repeated, the time
    // phrase right after "puis" shows the second member is another purchase, not more of A's description
    id: 'fr.acquired.second-object-after-time',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 , puis ${TIME_OPENER} ${OBJECT_DETERMINER} ${OBJECT_WORDS} @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'fr.acquired.second-verb',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} ${SECOND_BUY} ~12 @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    namedSource: true,
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.second-verb-lays-hands',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} (mis|met|mettre) la main sur ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    namedSource: true,
    confidence: 0.75,
  },
  {
    // "a racheté A, avant de prendre le contrôle de B", "puis pris le contrôle de B": control is a purchase
    id: 'fr.acquired.second-verb-takes-control',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} (pris|prend|prendre) le contrôle ?(exclusif|majoritaire|total) (de|du|d') ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    namedSource: true,
    stake: 'majority',
    confidence: 0.75,
  },
  {
    // "a absorbé A, puis pris 70 % de B": a bare share is control only over half; a stated share is a rarer
    // shape than a second purchase verb, so a pronoun subject ("il avait repris A, puis pris 70 % de B") is read;
    // a time phrase may stand before the share ("puis pris en juin 70 % du capital de B")
    id: 'fr.acquired.second-verb-percent',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} (pris|prend|prennent) ${SHARE_LEAD} (%) ?(du) ?(capital) (de|du|dans) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'majority',
    confidence: 0.75,
  },
  // "a racheté A en 2024, puis porté en juin à 80 % sa participation dans B": the figure the holding ends at says
  // control (ACQUIRED) or a minority (FUNDED), as for fr/stake-raise.ts; a stated figure is a rarer shape than a
  // second purchase verb, so a pointer subject is read, as for the percent rule above
  ...controlOrMinorityReadings(
    'fr',
    'second-verb-raises-holding',
    `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} ${SECOND_RAISE} ~${RAISE_FIGURES_GAP} (participation|part|parts) ~7 ?(au) ?(capital) (dans|de|du|chez) ~5! @tgt`,
    0.75,
  ),
]);
