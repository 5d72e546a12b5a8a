import { OF_FR, rules } from './rule';

/**
 * French puts a time phrase between the verb and its object ("a pris en début d'année le contrôle de la plateforme
 * de téléconsultation Y", "avait pris l'an dernier le contrôle du groupe Y"), which the fixed spacing of
 * `fr.acquired.takes-control` misses. The insert must open like a time phrase (en, l', au, cette, début, fin, dès,
 * courant…) so "pris part au … contrôle" is not read; the object may carry a descriptor with its own "de".
 */
const TAKE = '(prend|prennent|pris|prendre|prendra|prendront)';
const TIME_OPENER =
  "(en|l'|au|à|cette|ce|cet|début|fin|mi|dès|courant|dans|il|voici|récemment|finalement|officiellement)";

export const DEAL_TIME_INSERT_RULES = rules([
  {
    id: 'fr.acquired.takes-control-after-time',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${TAKE} ${TIME_OPENER} ~4! le contrôle ?(exclusif|majoritaire|total|intégral) ${OF_FR} ~4 @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
