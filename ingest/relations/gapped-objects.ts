import { AFTER_DEAL_VERB_EN } from './en/deals';
import { rules } from './rule';

/**
 * A purchase verb told once for two objects, the second carrying its own time phrase after it: "X bought A in 2022,
 * and B a year later", "X acquired A in 2019, and Belgian software firm B two years later", "X a racheté A en
 * 2019, et la malterie B deux ans plus tard", "puis B l'année suivante". The time phrase right after the second
 * name shows a second purchase with the verb left out; a name followed by a verb ("and B followed a year later",
 * "et B a suivi") is a clause of its own and is not read. The older second-object rules (en/deals.ts) want no
 * comma before the coordinator and a preposition after the name.
 */

const EN_BUY = '(acquired|bought|purchased|absorbed|snapped|picked|took)';
const FR_BUY = '(racheté|rachète|acquis|acquiert|repris|reprend|absorbé|absorbe|avalé|avale|offert)';

/** Words of the second object's description: no verb, no subject pronoun, no new clause. */
const EN_DESCRIPTION = '~4!^(is|was|were|are|has|had|did|does|it|they|he|she|which|who|that)';
const FR_DESCRIPTION = '~4!^(a|ont|avait|avaient|est|sont|était|sera|il|elle|ils|elles|qui|que)';

/** A span of time after the name: "a year later", "two years later", "the following year", "three months afterwards". */
const EN_SPAN_LATER =
  '(a|an|one|two|three|four|five|six|several|some|the) ~2! (later|afterwards|following|next)';
/** "deux ans plus tard", "l'année suivante", "un an après", "quelques mois plus tard". */
const FR_SPAN_LATER = "(un|une|deux|trois|quatre|cinq|six|quelques|l'|le) ~3! (tard|suivante|suivant|après)";
/** "in 2023", "en 2023" right after the name. */
const YEAR = '(19\\d\\d|20\\d\\d)';

export const GAPPED_OBJECT_RULES = rules([
  {
    id: 'en.acquired.gapped-object-later',
    type: 'ACQUIRED',
    notAfter: AFTER_DEAL_VERB_EN,
    pattern: `@src ~10 ${EN_BUY} ?up ?over ~6! @first ~6 , and ${EN_DESCRIPTION} @tgt ${EN_SPAN_LATER}`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'en.acquired.gapped-object-later',
    type: 'ACQUIRED',
    notAfter: AFTER_DEAL_VERB_EN,
    // "X bought A in 2019, and B in 2021" (the comma keeps en.acquired.second-object from reading it)
    pattern: `@src ~10 ${EN_BUY} ?up ?over ~6! @first ~6 , and ${EN_DESCRIPTION} @tgt in ${YEAR}`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'fr.acquired.gapped-object-later',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FR_BUY} ~6! @first ~8 ?, (et|puis) ${FR_DESCRIPTION} @tgt ?, ${FR_SPAN_LATER}`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
  {
    id: 'fr.acquired.gapped-object-later',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FR_BUY} ~6! @first ~8 ?, (et|puis) ${FR_DESCRIPTION} @tgt ?, en ${YEAR}`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.7,
  },
]);
