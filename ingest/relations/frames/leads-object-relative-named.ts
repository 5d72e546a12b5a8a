import type { RuleSpec } from '../rule';
import { FOUNDER, PRESENT_LEAD_VERB } from '../people-words';

/**
 * Heads told as the subject of an object relative on the company: "X, qu'Anne Morel dirige depuis 2019", "X, que
 * dirige Anne Morel" (the French inverted subject), "X, a drone maker which Tom Reyes still runs", "X, which she has
 * led since 2018" (the pronoun is a person once anaphora-person-pronoun.ts resolves it). Only the present forms: "X, qu'il dirigeait" tells a post held before.
 * A noun after the verb ("qu'il dirige la division", "which he runs the unit of") makes the company no object.
 * Pattern specs spread into LEADS_RULES (../leads.ts).
 */

const NOW = "?(now|still|today|also|aujourd'hui|toujours|désormais|aussi|encore)";
/** "which she has led since 2018": the present perfect with "since" tells a post still held. */
const HAS_LED = '(has|have) ?(now|also) (led|run|headed|chaired)';

export const NAMED_OBJECT_RELATIVE_LEADS_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.object-relative-named',
    type: 'LEADS',
    // "X, que son fondateur P dirige depuis 2012", "X, which its founder P still runs": the head's founder noun,
    // whose possessive the units may already hold as a pointer to X (alone, or with the noun: "son fondateur")
    pattern: `@org , ~8! (qu'|que|which|that) ?@own ?(son|sa|its|their|leur) ?${FOUNDER} %p ${NOW} ${PRESENT_LEAD_VERB} !>(de|du|des|d'|of|the|le|la|les|l'|its|sa|son|ses|a|an|un|une)`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.7,
  },
  {
    id: 'fr.leads.object-relative-inverted',
    type: 'LEADS',
    // "X, que dirige P depuis 2019", "l'Autorité de la concurrence, que préside P", "Le second, que dirige P, …": French
    // puts the head after the verb of the object relative; the name just before the comma is what the relative is on,
    // even after a preposition ("autorisée par X, que préside P")
    pattern: `@org , (qu'|que) ${PRESENT_LEAD_VERB} ${NOW} %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'en.leads.object-relative-has-led-since',
    type: 'LEADS',
    pattern: `@org , ~8! (which|that) %p ${HAS_LED} (since|ever)`,
    source: 'p',
    target: 'org',
    notOblique: 'org',
    confidence: 0.7,
  },
];
