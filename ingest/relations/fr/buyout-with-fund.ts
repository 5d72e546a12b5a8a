import { rules } from '../rule';

/**
 * LBO vocabulary: "Y réalise un OBO avec le fonds X", "Y boucle un LBO avec X", "Y organise sa transmission avec
 * X". The fund named after "avec" comes into Y's capital; GOLD-FORMAT counts it a purchase when the sentence gives
 * it the majority, an investment otherwise (an owner buy-out usually leaves the founder in control).
 */

/** Buy-out nouns of the trade press (capitalised in copy, lower-cased in rules). */
const BUYOUT_NOUN = '(obo|lbo|mbo|lmbo|mbi|bimbo|build-up)';
/** Verbs of carrying one out ("réalise", "boucle", "finalise", "annonce", "signe", "a mené"). */
const CARRIES_OUT =
  '(réalise|réalisent|réalisé|boucle|bouclent|bouclé|finalise|finalisé|annonce|annoncé|signe|signé|opère|opéré|mène|mené|conclut|conclu|organise|organisé)';
/** The deal's nouns: "un OBO", "un LBO secondaire", "sa transmission", "une opération de transmission". */
const DEAL_PHRASE = `(un|une|son|sa|leur) ?(opération|deuxième|second|troisième|nouvel|nouveau) ?(de) (${BUYOUT_NOUN.slice(1, -1)}|transmission|capital-transmission) ?(secondaire|tertiaire|primaire|minoritaire|majoritaire)`;

export const FR_BUYOUT_WITH_FUND_RULES = rules([
  {
    id: 'fr.funded.buyout-with',
    type: 'FUNDED',
    pattern: `@tgt ~4 ${CARRIES_OUT} ${DEAL_PHRASE} ~3! (avec|auprès) ?(de|du|des|d') ?(le|la|l'|les) **src`,
    source: 'src',
    target: 'tgt',
    stake: 'minority',
    confidence: 0.6,
  },
  {
    id: 'fr.acquired.buyout-with',
    type: 'ACQUIRED',
    pattern: `@tgt ~4 ${CARRIES_OUT} ${DEAL_PHRASE} ~3! (avec|auprès) ?(de|du|des|d') ?(le|la|l'|les) @src`,
    source: 'src',
    target: 'tgt',
    stake: 'majority',
    confidence: 0.6,
  },
]);
