import { rules } from '../rule';
import type { Rule } from '../rule';
import { HOW_HARD } from '../rival-words';

/**
 * French reflexive verbs of a contest whose rivals come after a phrase of their own:
 * - the market set before the rivals: "Elle se mesure sur son marché aux groupes A et B", "se frotte en Europe à A",
 *   "se confronte dans le luxe à A" (`any.competes.measure-against` reads the rivals right after the verb);
 * - the thing fought over before its other holders: "Les deux groupes se disputent depuis dix ans les appels
 *   d'offres des CHU avec l'américain A et le suisse B" — the subject and each holder are rivals, and so are the
 *   holders with one another (`any.competes.dispute` reads the subject's members as rivals of one another).
 * "Se partager … avec" is left out: a company shares its capital or a site with partners, not with rivals.
 */

const MEASURE =
  '(mesure|mesurent|mesurait|mesuraient|mesurera|mesureront|frotte|frottent|frottait|frottaient|confronte|confrontent|confrontait|confrontaient)';
const SETTING = '(sur|dans|en|outre-manche|outre-rhin|face)';
const DISPUTE = '(dispute|disputent|disputait|disputaient|disputera|disputeront|disputé|disputés)';
/** The thing disputed, up to its holders: no clause break before "avec". */
const DISPUTED = '~10^(qui|que|dont|où|mais|car|selon|pour|par|chez)';

export const REFLEXIVE_CONTEST_RULES: Rule[] = rules([
  {
    id: 'fr.competes.measure-in-setting',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3 (se|s') ${MEASURE} ${HOW_HARD} ${SETTING} ~5^(qui|que|dont|et|mais|avec) (à|au|aux) ~4!^(,|;|selon|concurrence|compétition) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'fr.competes.dispute-with',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3 (se|s') ${DISPUTE} ${DISPUTED} avec ~4!^(,|;|selon) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'fr.competes.dispute-with-holders',
    type: 'COMPETES_WITH',
    pattern: `(se|s') ${DISPUTE} ${DISPUTED} avec ~4!^(,|;|selon) @@b`,
    source: 'b',
    target: 'b',
    confidence: 0.55,
  },
]);
