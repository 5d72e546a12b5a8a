import { rules } from './rule';
import type { Rule } from './rule';
import { PERSON_SUBJECT_FR, RIVAL_VERB } from './rival-words';

/**
 * A market's leaders counted, then named after a comma, as what a company faces or trails ("rivaliser avec les
 * deux leaders du secteur, A et B", "takes on the two market leaders, A and B", "se place juste derrière les
 * deux géants du secteur, A et B"): the subject competes with each of them. The verb rules stop at the counted
 * noun, which names no company. Pairing the leaders with one another is left to the leaders readers.
 */

/** A count of the leaders ("les deux", "the three", "ses trois"). */
const COUNT = '(deux|trois|quatre|two|three|four)';
/** Nouns for a market's leading players. */
const LEADER_NOUN =
  '(leaders|géants|poids-lourds|lourds|ténors|mastodontes|giants|heavyweights|incumbents|titans|behemoths|majors|acteurs|players|rivals|rivaux|concurrents|competitors)';
/** Words after which a company faces or trails what follows ("face aux", "up against", "derrière", "behind"). */
const FACING_OR_BEHIND = `(face|faces|facing|faced|against|contre|derrière|behind|trails|trail|talonne|talonnent|take|takes|taking|${RIVAL_VERB.slice(1, -1)})`;
/** Words that make the named leaders examples, holders or a partner, not the faced leaders themselves. */
const NOT_NAMED_LEADERS =
  '(such|like|including|comme|tels|telles|notamment|dont|:|qui|which|who|that|que|qu|with|avec|alongside|côtés|and|et|ou|or)';
/** A rumour, a denial or a wish kept from happening ("n'entend pas", "has no plans to"). */
const DENIED = '(pas|plus|jamais|no|not|never|ne|n)';

export const COUNTED_LEADERS_RULES: Rule[] = rules([
  {
    id: 'any.competes.counted-leaders-named',
    type: 'COMPETES_WITH',
    pattern: `@@s ~8!^(${PERSON_SUBJECT_FR.slice(1, -1)}|${DENIED.slice(1, -1)}) ${FACING_OR_BEHIND} ?(on) ?(with|à|au|aux|avec|against) ?(les|the|ses|its|their|leurs) ${COUNT} ~3!^${NOT_NAMED_LEADERS} ${LEADER_NOUN} ~4!^${NOT_NAMED_LEADERS} , ?(la|le|les|l'|the) @@b`,
    source: 's',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
]);
