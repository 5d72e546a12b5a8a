import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A firm told as going after the same market as the article's company, without naming that company: "The round
 * comes as Zentrix pushes into the same segment", "Other startups chasing the same customers include A and B",
 * "B vise le même marché". The one left unnamed is the story's company (topic target). The comparison form
 * ("the same customers as X") names both parties and is read in rivals-shapes.ts.
 */

/** Verbs of going after a market or its buyers. */
const PURSUING =
  '(pushes|pushing|pushed|push|moves|moving|moved|enters|entering|entered|targets|targeting|targeted|target|chases|chasing|chased|courts|courting|eyes|eyeing|vise|visent|visait|cible|ciblent|lorgne|lorgnent|attaque|attaquent|chasse|chassent|convoite|convoitent)';
/** "vise lui aussi", "is also targeting": words of addition after the verb. */
const ALSO = '?(lui|elle|eux|elles|also|too) ?(aussi)';
/** What follows the verb before the market ("pushes into", "goes after", "s'attaque au"). */
const PARTICLE = '?(into|after|on|onto|sur|à|au|aux|dans)';
const SAME = '(same|même|mêmes)';
/** The contested field: a market, a segment, its buyers. */
const FIELD =
  '(market|markets|segment|segments|niche|space|customers|clients|buyers|users|marché|marchés|créneau|clientèle|acheteurs|utilisateurs)';
/** "the same market as X", "le même marché que X": the comparison names its other party itself. */
const NOT_COMPARED = "!>(as|que|qu')";
/** Verbs listing the firms that go after the field ("Other startups chasing the same customers include A"). */
const LISTING = '(include|includes|included|comprennent|incluent|are|sont)';

export const SAME_FIELD_RULES: Rule[] = rules([
  {
    id: 'any.competes.same-field-topic',
    type: 'COMPETES_WITH',
    // "as B pushes into the same segment", "B vise le même marché": B goes after the story's company's market
    pattern: `@@b ~4 ${PURSUING} ${ALSO} ${PARTICLE} (the|le|la|les|l') ${SAME} ${FIELD} ${NOT_COMPARED}`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  },
  {
    id: 'any.competes.same-field-listed',
    type: 'COMPETES_WITH',
    // "Other startups chasing the same customers include A and B"
    pattern: `${PURSUING} ${PARTICLE} (the|le|la|les|l') ${SAME} ${FIELD} ${LISTING} ~3 @@b ${NOT_QUALIFYING}`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  },
]);
