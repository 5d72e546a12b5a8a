import { rules } from './rule';
import type { Rule } from './rule';
import { RIVAL_VERB } from './rival-words';

/**
 * A company's named rivals, then the whole set counted as one group in the same sentence ("competes with A and
 * B, and the trio have all grown", "is up against rivals such as A and B, … and the three are racing to sign …",
 * "affronte A et B ; les trois acteurs se partagent 40 % des volumes"): the count makes the named rivals fellow
 * players of one market, so they are rivals of one another too. The subject's side is read by the verb rules.
 */

/** Words after which the names are a company's rivals. */
const RIVAL_CUE = `(${RIVAL_VERB.slice(1, -1)}|against|face|rivals|rivaux|concurrents|competitors)`;
/** The group counted as a whole: "the trio", "the three", "les trois acteurs", "all three". */
const COUNTED_GROUP =
  '(the|les|ces|these|all|tous) ?(three|trois|3) (trio|three|trois|acteurs|groupes|sociétés|firms|companies|players|entreprises|rivals|concurrents|are|have|se|ont|sont)';

export const COUNTED_FELLOWS_RULES: Rule[] = rules([
  {
    id: 'any.competes.counted-fellows',
    type: 'COMPETES_WITH',
    pattern: `${RIVAL_CUE} ~6 ?(la|le|les|l'|the) @a ~3! (and|et) ~4! @b ~12 ?(,) (and|et|;) ${COUNTED_GROUP}`,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
]);
