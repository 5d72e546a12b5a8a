import type { RuleSpec } from '../rule';
import { FOUND_VERB, TIE_NOUNS, TITLE_WORD } from '../people-words';

/**
 * Heads told in a relative on the company ("X, dont P est le directeur général"): pattern specs spread into
 * LEADS_RULES (../leads.ts); checkRole keeps "directeur financier" and "shareholder" out.
 */

/** Adverbs between the copula and the title: "dont P est aujourd'hui la directrice générale". */
const NOW = "?(aujourd'hui|actuellement|désormais|toujours|today|now|currently|still)";

export const WHOSE_HEAD_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.whose-head-is',
    type: 'LEADS',
    // "Ostréa, dont Loïc Guérin est le directeur général", "X, dont P est aujourd'hui la présidente", "X, where P is
    // chief executive": the relative on the company names its head
    pattern: `@org ?, (dont|where|où) %p (est|reste|demeure|is|remains) ${NOW} ?(le|la|l'|the) ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.founder-kin-heads',
    type: 'LEADS',
    // "Y, une PME créée en 1979 par Q, dont le fils, P, reste le directeur général", "Y, founded in 1952 by Q,
    // whose grandson, P, is chief executive": the founder's relative heads the company founded, not the founder's
    // own (any.leads.whose-head-is reads the relative on the company itself)
    pattern: `@org , ~8 ${FOUND_VERB} ~4! (par|by) %q ?, ?(et|and) (dont|whose) ?(le|la|l') (${TIE_NOUNS}) ?, %p ?, (est|reste|demeure|is|remains) ${NOW} ?(le|la|l'|the|its) ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
];
