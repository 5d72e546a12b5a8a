import { AFTER_DEAL_VERB_FR, BUY } from './fr/deals';
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

/** From the buyer to its verb, not across a relative pronoun: "A, la filiale du groupe, qui avait racheté …" is A's
 * (the relative readers give it to the antecedent). */
const TO_VERB = "~7^(qui|que|qu'|dont|lequel|laquelle)";
const MONTHS_FR = '(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
/**
 * A dated insert between a buying verb and its object ("a racheté en 2022 les centres de dialyse de Y", "avait
 * repris fin 2023 l'activité d'emballage de Y"): the insert uses up the object's window of
 * `fr.acquired.active-verb`, so a business named with its owner ("les centres de dialyse de Y") is lost. A year
 * is needed: "a repris en main Y" or "en partie" are no insert.
 */
const DATED_INSERT = `(en|fin|début|mi|courant|dès) ?${MONTHS_FR} (\\d{4})`;

export const DEAL_TIME_INSERT_RULES = rules([
  {
    // "a repris à la barre du tribunal de commerce de Tours les actifs de Y": the court where a failing company is
    // taken over stands, like a date, between the verb and its object
    id: 'fr.acquired.active-verb-after-court',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'ACQUIRED',
    pattern: `@src ${TO_VERB} ${BUY} ?(en|fin|début) ?(\\d{4}) à la barre ~6 (les|la|le|l'|ses|son|sa|une|un) ~5! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.active-verb-after-date',
    notAfter: AFTER_DEAL_VERB_FR,
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ${TO_VERB} ${BUY} ${DATED_INSERT} ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.takes-control-after-time',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${TAKE} ${TIME_OPENER} ~4! le contrôle ?(exclusif|majoritaire|total|intégral) ${OF_FR} ~4 @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
