import { rules } from '../rule';
import { OBTAIN, PUBLIC_AID } from './aid-words';

/**
 * French may name the giver before the aid it gives, right after the verb of obtaining: "Elle a obtenu de Bpifrance
 * une subvention de 1,5 million d'euros", "il a obtenu du Crédit Agricole du Finistère un prêt de 12 millions
 * d'euros", "Y a décroché auprès de la Banque Postale un prêt de 3 M€". The giver then stands right between "de/du/
 * auprès de" and an indefinite aid noun; `fr.funded.obtains-aid-from` reads only the order aid-then-giver. A wish
 * or a request ("a sollicité", "espère obtenir") is no aid given.
 */

/** Words between the verb and the giver's preposition ("en outre", "pour l'occasion", "en avril"). */
export const OBTAINED_INSERT_WORDS = 3;

export const FR_OBTAINED_FROM_GIVER_RULES = rules([
  {
    id: 'fr.funded.obtains-from-giver-aid',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${OBTAIN} ~${OBTAINED_INSERT_WORDS} (de|du|d'|des|auprès) ?(de|du|d'|des) ~2! **src (un|une|des) ~2! ${PUBLIC_AID} !!(pourrait|pourraient|espère|espèrent|souhaite|souhaitent|demandé|sollicité)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
