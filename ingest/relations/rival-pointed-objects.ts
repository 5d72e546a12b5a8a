import { rules } from './rule';
import type { Rule } from './rule';

/**
 * A rival pointed at by an object pronoun rather than named: "Tailwise, qui a levé 25 M£, rivalise avec elle",
 * "B competes with it in Germany", "Consulto voit arriver Telemedix, qui le concurrence déjà". The named party is
 * the subject; the pronoun stands for the company named first in the sentence when there is one ("Consulto …
 * Telemedix, qui le concurrence"), else for the company the article is about. Plural pronouns ("them", "both",
 * "eux") stand for a pair the sentence alone cannot tell, and are left to the anaphor pass.
 */

/** Verbs of rivalry whose rival follows a particle ("rivalise avec elle", "competes with it"). */
const WITH_VERB =
  '(rivalise|rivalisent|rivalisait|rivalisaient|rivaliser|compete|competes|competed|competing|vies|vie|vied|vying)';
/** Adverbs between the verb and its particle ("competes directly with it", "rivalise déjà avec elle"). */
const ADVERB = '?(directly|directement|head-on|frontalement|déjà|already|désormais|now|aussi|also|notamment)';
/** Singular object pronouns after the particle. */
const OBJECT_AFTER = '(elle|lui|it)';
/** Verbs whose rival is a clitic before them ("qui le concurrence", "qui la talonne", "qui l'a dépassé"). */
const CLITIC_VERB =
  '(concurrence|concurrencent|concurrençait|talonne|talonnent|devance|devancent|dépasse|dépassent|affronte|affrontent|défie|défient|rattrape|rattrapent|chatouille|titille)';

/**
 * The gap between the subject and the verb names nothing else the pronoun could stand for ("B sells a device and
 * competes with it": the device) and opens no second clause.
 */
const NO_OTHER_ANTECEDENT = '~6!^(a|an|the|un|une|le|la|les|des|du|its|son|sa|ses|and|et|but|mais)';

export const POINTED_OBJECT_RULES: Rule[] = rules([
  {
    id: 'any.competes.pointed-object-named',
    type: 'COMPETES_WITH',
    // "Consulto voit enfin arriver l'allemand Telemedix, qui le concurrence déjà": the sentence's first company
    pattern: `@b ~10 @a , (qui|which) (le|la|l') ${CLITIC_VERB}`,
    source: 'b',
    target: 'a',
    firstParty: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.pointed-object-topic',
    type: 'COMPETES_WITH',
    // "La britannique Tailwise, qui a levé 25 M£, rivalise avec elle outre-Manche": the article's company
    pattern: `@a ${NO_OTHER_ANTECEDENT} ${WITH_VERB} ${ADVERB} (avec|with|against) ${OBJECT_AFTER}`,
    source: 'a',
    target: 'topic',
    topicTarget: true,
    firstParty: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.pointed-object-relative',
    type: 'COMPETES_WITH',
    // "Bolt, which competes directly with it in Europe, raised …": the relative's antecedent against the topic
    pattern: `@a , (qui|which) ~2! ${WITH_VERB} ${ADVERB} (avec|with|against) ${OBJECT_AFTER}`,
    source: 'a',
    target: 'topic',
    topicTarget: true,
    firstParty: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.pointed-clitic-topic',
    type: 'COMPETES_WITH',
    // "Telemedix, qui la concurrence déjà en Allemagne, …" opening the sentence: the article's company
    pattern: `@a , (qui|which) (le|la|l') ${CLITIC_VERB}`,
    source: 'a',
    target: 'topic',
    topicTarget: true,
    firstParty: true,
    confidence: 0.45,
  },
]);
