import type { RuleSpec } from '../rule';

/**
 * LEADS pattern rules for the post a relative clause gives the person now: "P, who serves as X's CEO, will join Y as
 * chief product officer", "said P, who is X's chief executive". Spread into LEADS_RULES (../leads.ts).
 */

/**
 * The last word of the title. "Managing" is left out so that a fund's "managing partner" (a partner, in the gold
 * sets' reading of a fund) is not read, while "managing director" still is, through "director".
 */
const POST_WORD = '(chief|ceo|chairman|chairwoman|president|head|boss|director)';
/** Present copulas of a post held ("was" tells a post held before). */
const HOLDS = '(is|serves|remains)';

export const RELATIVE_POST_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.relative-possessive-post',
    type: 'LEADS',
    pattern: `%p , (who) ${HOLDS} ?(as|also|currently|now|still) @org 's ~2! ${POST_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    // the title stands after the company: "X's chief financial officer" is no head's
    checkRole: true,
    roleAfter: true,
  },
];
