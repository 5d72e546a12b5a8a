import type { RuleSpec } from '../rule';
import { FOUND_VERB, FOUNDER, FOUNDER_TIE_STOP } from '../people-words';

/**
 * A founder named after the possessive founder noun with a few words describing the person between ("X's founder,
 * former label executive P, …", "Son fondateur, l'ancien banquier P, …"), which org-founder's bare comma misses.
 * The same description before a founding relative: "P, a former cardiologist who started X in 2015", "P, une ancienne
 * banquière qui a fondé X": the description hides the relative from any.founded.verb, which wants it right after
 * the name. Pattern specs spread into FOUNDED_RULES (../founded.ts).
 */

/**
 * Words that end a description of the founder: kin and successors (the name is then someone else's: "X's founder,
 * whose son P"), relatives and verbs opening a clause, and prepositions bringing in another party or body
 * ("according to analyst P", "a former partner of Y").
 */
const NOT_DESCRIPTION = `(${FOUNDER_TIE_STOP.slice(1, -1)}|who|whose|qui|dont|que|and|et|or|ou|said|says|told|according|selon|of|de|du|des|d'|at|chez|with|avec|by|par|for|pour|to|à|from|in|en|than)`;
/** Most words describing the founder before the name ("the veteran record producer"). */
const MAX_DESCRIPTION_WORDS = 4;

export const DESCRIBED_FOUNDER_SPECS: RuleSpec[] = [
  {
    id: 'any.founded.org-founder-described',
    type: 'FOUNDED',
    pattern: `@org ?'s ${FOUNDER} , ~${MAX_DESCRIPTION_WORDS}!^${NOT_DESCRIPTION} %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    // "X rachète 70 % à son fondateur, l'ancien banquier P": the seller founded the company sold (as org-founder)
    notAfter: /^(à|from)$/,
  },
  {
    id: 'any.founded.described-who-founded',
    type: 'FOUNDED',
    pattern: `%%p , (a|an|the|un|une|le|la|l') ~${MAX_DESCRIPTION_WORDS}!^${NOT_DESCRIPTION} (who|qui) ?(a|avait|has|had) ?(also|later|aussi|ensuite|then) ${FOUND_VERB} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
];
