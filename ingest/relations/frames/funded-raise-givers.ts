import { OF_FR, rules } from '../rule';
import { RAISE_VERBS_FR } from './funded-words';

/**
 * Who gave the money of a French raise, in the shapes the plain "lève … auprès de A" rules miss. A raise told as a noun with its company after "par" and its givers after "auprès de": "la levée de 25 M€ réalisée
 * par Y auprès de A et de B", "lors de la levée réalisée par cette dernière auprès de A". The leading participles
 * ("menée par A") name an investor, not the company, and are left to the round rules. And a raise "avec" its givers, read only before any "et": in "rivalise avec Y, qui a levé
 * 20 M€ l'an dernier, et avec Z" the second "avec" is the outer verb's again.
 */

/** Participles of a company carrying out its own raise. */
const CARRIED_OUT_FR =
  '(réalisée|réalisé|bouclée|bouclé|effectuée|effectué|opérée|opéré|finalisée|finalisé|annoncée|annoncé|conclue|conclu)';
/** Nouns of the raise. */
const RAISE_NOUN_FR = '(levée|levées|tour|augmentation|financement)';
/** Most words between the raise noun and its participle ("de 25 millions d'euros"). */
const RAISE_TO_PARTICIPLE_WORDS = 8;

export const FR_RAISE_GIVER_RULES = rules([
  {
    id: 'fr.funded.raise-made-by',
    type: 'FUNDED',
    pattern: `${RAISE_NOUN_FR} ~${RAISE_TO_PARTICIPLE_WORDS} ${CARRIED_OUT_FR} par @tgt ?(en) ?(\\d{4}) auprès ${OF_FR} ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.funded.raise-with',
    type: 'FUNDED',
    // "rivalise avec Y, qui a levé 20 M€ l'an dernier, et avec Z": after "et" the "avec" is the outer verb's again
    pattern: `@tgt ~16 ${RAISE_VERBS_FR} ~8 (tour|levée|financement|série|fonds|investissement|millions|million|milliard|milliards|m€|k€|€) ~10^(et) avec ?${OF_FR} ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
