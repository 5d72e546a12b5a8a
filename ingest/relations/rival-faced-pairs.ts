import { rules } from './rule';
import type { Rule } from './rule';
import { PERSON_SUBJECT_FR, RIVAL_VERB, RIVALS_OF } from './rival-words';

/**
 * Rivals a company faces, named right after a plural rival noun with no example word ("competes with larger rivals
 * A and B", "affronte des concurrents bien plus gros, A et B", "face aux concurrents historiques A et B", "des
 * concurrents de poids, au premier rang desquels A et B"): the text names the market's other key players, so they
 * are one another's rivals too. An example list ("rivals such as A and B", "des concurrents comme A ou B") only
 * illustrates the subject's rivals, and a possessive ("ses principaux concurrents, A et B") names the subject's
 * rivals alone; the gold leaves both unpaired, so neither is read here. The subject side is read by the verb rules.
 */

/** Words that turn the list into examples or into one company's own rivals; the gaps may not cross them. */
const NOT_FACED =
  '(such|like|including|comme|tels|telles|notamment|dont|:|its|their|his|her|our|ses|leurs|son|sa|nos|notre|leur|include|includes|incluent|comprennent|are|sont|of|in|en|on|sur|at|across|dans)';
/** Words of a facing or fighting verb before the rival noun ("up against", "fait face à", "competes with"). */
const FACING_CUE = `(face|faces|facing|faced|against|contre|affront[a-zé]*|${RIVAL_VERB.slice(1, -1)})`;
/** Short openers of the named rivals after a comma ("au premier rang desquels A", "à commencer par A", "led by A"). */
const FIRST_AMONG =
  '?(au|à|led|notably|notamment) ?(premier|commencer|by) ?(rang|par) ?(desquels|desquelles)';

export const FACED_PAIR_RULES: Rule[] = rules([
  {
    id: 'any.competes.faced-rivals-pair',
    type: 'COMPETES_WITH',
    pattern: `${FACING_CUE} ?(with|à|au|aux|avec) ~3!^${NOT_FACED} ${RIVALS_OF} ~3!^${NOT_FACED} ?(,) ${FIRST_AMONG} ?(la|le|les|l'|the) @a (and|et) ~3!^${NOT_FACED} @b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.faced-rivals-comma',
    type: 'COMPETES_WITH',
    // "X affronte des concurrents bien plus gros, A et B": the verb rules stop at the comma before the names
    pattern: `@@s ~6!^${PERSON_SUBJECT_FR} ${FACING_CUE} ?(with|à|au|aux|avec) ~3!^${NOT_FACED} ${RIVALS_OF} ~3!^${NOT_FACED} , ${FIRST_AMONG} ?(la|le|les|l'|the) @@b`,
    source: 's',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
]);
