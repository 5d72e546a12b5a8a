import type { RuleSpec } from '../rule';
import { TITLE_WORD } from '../people-words';

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
];
