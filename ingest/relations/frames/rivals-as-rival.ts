import { rules } from '../rule';
import type { Rule } from '../rule';
import { RIVAL_NOUN } from '../rival-words';

/**
 * Rivalry told as a role the subject gives its rival, whatever the verb of holding: "X a pour principal rival le
 * lyonnais Y", "X compte Y parmi ses concurrents", "X has / counts / sees Y as its main rival", "X counts Y among
 * its competitors". The subject may be a pointer the units resolved ("la start-up a pour rival Y"). A role held by
 * a client or partner ("a pour client Y", "has Y as a partner") names no rival, and no rule reads it.
 */

/** French verbs of holding before "pour": "a / avait / aura pour rival". */
const HOLDS_FR = '(a|avait|aura|aurait|ont|avaient|auront|garde|conserve)';
/** English verbs that give their object a role with "as". */
const HOLDS_EN =
  '(has|had|have|counts|counted|count|sees|saw|see|regards|regarded|considers|considered|views|viewed|cites|cited|names|named|identifies|identified)';
/** Qualifiers of the rival noun ("principal", "plus sérieux", "main", "closest"). */
const QUALIFIER = '~3!';
/** Words that end the subject's clause before the verb: a name before them is not the holder. */
const NOT_SUBJECT = "^(qui|que|qu'|dont|which|who|that|whose|,|et|and|par|by|de|of|à|to|avec|with)";

export const AS_RIVAL_RULES: Rule[] = rules([
  {
    id: 'fr.competes.has-as-rival',
    type: 'COMPETES_WITH',
    // "Y, qui a pour rival Z" keeps Y as the holder: the relative pronoun is the subject, its antecedent the name
    pattern: `@a ~3${NOT_SUBJECT} ${HOLDS_FR} pour ?(seul|unique|principal|principaux|principale|grand|premier|plus) ${QUALIFIER} ${RIVAL_NOUN} ~3! @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'fr.competes.counts-among-rivals',
    type: 'COMPETES_WITH',
    pattern: `@a ~3${NOT_SUBJECT} (compte|comptait|comptent|range|rangeait|cite|citait) @@b parmi (ses|leurs) ${QUALIFIER} ${RIVAL_NOUN}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'en.competes.has-as-rival',
    type: 'COMPETES_WITH',
    pattern: `@a ~3${NOT_SUBJECT} ${HOLDS_EN} @@b (as|among) (its|their|a|an|the|one) ?(of) ${QUALIFIER} ${RIVAL_NOUN}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
]);
