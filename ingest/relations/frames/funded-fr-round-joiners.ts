import { rules } from '../rule';

/**
 * Investors of a round told without its company, which is the article's: the round "souscrite par" a fund (the
 * word of a capital increase, as "menée par" is of a round), a co-investor "aux côtés de" B after a lead told with
 * its asides, and existing holders who "ont suivi l'opération".
 */

/** Nouns of the round itself. */
const ROUND = '(tour|table|levée|opération|augmentation|émission|financement|série)';
/** Participles of subscribing a round. */
const SUBSCRIBED = '(souscrite|souscrit|souscrites|souscrits)';
/** Participles of leading or subscribing a round, before its lead's name. */
const LED = '(menée|mené|conduite|conduit|pilotée|piloté|emmenée|emmené|souscrite|souscrit)';
/** Verbs of following a round as an existing holder. */
const FOLLOWED = '(suivi|suivent|suit|suivront|accompagné|accompagnent|accompagne|accompagneront)';
/** The round as the object of FOLLOWED. */
const THE_ROUND =
  "(l'|le|la|cette|ce) ?(nouvelle|nouveau|dernière|dernier) (opération|tour|levée|augmentation|financement|série)";
/** Money or a round in the sentence: "aux côtés de" as often joins a show or a visit. */
const MONEY =
  '&&(€|euros|millions|million|milliards|capital|participation|tour|levée|opération|financement|investisseur|fonds)';

export const FR_ROUND_JOINER_RULES = rules([
  {
    id: 'fr.funded.round-subscribed-by',
    type: 'FUNDED',
    // "L'opération a été souscrite par le fonds A", "l'augmentation de capital, souscrite intégralement par A"
    pattern: `${ROUND} ~4 ?(a|est|été|sera|ont|sont) ?été ?, ${SUBSCRIBED} ?(intégralement|entièrement|notamment|majoritairement) par ~3! **src !>,_(actionnaire|actionnaires|filiale|associé)`,
    // "souscrite par A, actionnaire de Z": another company named leaves the issuer in doubt
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.led-then-alongside',
    type: 'FUNDED',
    // "souscrite par le fonds A, géré par G, qui prend 20 %, aux côtés de la holding B": the lead's asides first
    pattern: `${LED} par ~30 , aux côtés (de|d'|du|des) ~3! **src ${MONEY}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.holders-followed',
    type: 'FUNDED',
    // "Les fonds A et B, entrés au capital en 2022, ont suivi l'opération", "A accompagne également ce tour"
    pattern: `**src ?, ~12 ?, ?(ont|a|avaient|avait|vont|va) ?(également|aussi) ${FOLLOWED} ?(également|aussi) ${THE_ROUND}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);
