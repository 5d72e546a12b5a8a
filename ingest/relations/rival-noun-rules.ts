import { rules } from './rule';
import type { Rule } from './rule';
import { PLAIN_WORD, RIVAL_NOUN } from './rival-words';

/** Verbs of an investor backing a company: the rival named after them is not the investor's own rival. */
const BACKING_VERB =
  '(backed|backs|backing|invested|invests|investing|financed|finances|financing|funded|soutenu|soutient|soutenait|financé|finance|financent|investi|investit|misé)';

/**
 * Rivalry told with a rival noun (rival, concurrent, challenger, competitor…): "A, principal concurrent de B", "A's
 * rival B", "A se pose en challenger d'Y", "A and B are direct rivals". Spread into competes.ts's RIVALRY_RULES at
 * their place in its order, before the verb rules.
 */
export const RIVAL_NOUN_RULES: Rule[] = rules([
  {
    id: 'any.competes.apposition',
    type: 'COMPETES_WITH',
    pattern: `@a , ~3! (${RIVAL_NOUN.slice(1, -1)}|challenger|dauphin|runner-up) ?(direct|principal|historique|main|biggest) (de|du|d'|of|to) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'any.competes.possessive',
    type: 'COMPETES_WITH',
    pattern: `?(of|by|from|to|de|par|du|d') @a ('s|') ~2! ${RIVAL_NOUN} ?(,) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'any.competes.rival-object',
    type: 'COMPETES_WITH',
    // "A last year backed Dutch rival B": an investor's rival is its portfolio company's, not its own;
    // "A took a stake in / bought C's rival B": B is the possessor's rival
    pattern: `@a ~8!^(${BACKING_VERB.slice(1, -1)}|'s) ${RIVAL_NOUN} @@b`,
    source: 'a',
    target: 'b',
    // "competes with A and B as well as French rival C": B is an object, C is no rival of B
    firstParty: true,
    confidence: 0.7,
  },
  {
    id: 'any.competes.is-rival-of',
    type: 'COMPETES_WITH',
    // "X se pose en challenger d'Y", "X has emerged as a serious challenger to Y"
    // "une variante concurrente sous le nom de Y": Y names the product, it is no rival
    pattern: `@a ~5 (${RIVAL_NOUN.slice(1, -1)}|challenger|challengers) ~4!^(nom|noms|name|names|marque|brand|label) (de|du|d'|of|to) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.apposed-after',
    type: 'COMPETES_WITH',
    // "A bought B, a smaller rival of C": B is C's rival, not A's
    pattern: `@a ~6 @b , (son|sa|its|their|leur|un|une|a) ~2! ${RIVAL_NOUN} !>{2}(of|de|du|d')`,
    source: 'a',
    target: 'b',
    confidence: 0.7,
  },
  {
    id: 'any.competes.are-rivals',
    type: 'COMPETES_WITH',
    // only plain words before the noun: "A and B are its rivals" names the rivals of its owner, not each other's
    pattern: `@@a ~3 (sont|restent|demeurent|are|remain|were|étaient|been|été) ?${PLAIN_WORD} ?${PLAIN_WORD} ?(des|deux|two) ?(direct|directs|directes) ${RIVAL_NOUN}`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
]);
