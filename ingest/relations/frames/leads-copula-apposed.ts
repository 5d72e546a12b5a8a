import type { RuleSpec } from '../rule';
import { ART, OF } from '../people-words';

/**
 * LEADS from a copula and a leader's title after an apposition to the person that names no company ("Osei, 47, is
 * currently managing director of X", "P, 52 ans, est aujourd'hui directrice générale de X", "P, who joined in 2019,
 * remains chief executive of X"). any.leads.is-title reads the copula right after the name only (its gap is strict
 * and stops at the comma); the apposition is skipped as any.leads.verb-after-apposition skips it before a verb.
 * Spread into LEADS_RULES (../leads.ts).
 */

/** Copulas of a post held now or kept (no past: "was chief executive" is a former post). */
const HELD_COPULA = '(reste|restera|remains|remain|est|is|demeure|demeurera|stays|stay)';
/** Adverbs of now between the copula and the title. */
const NOW = "?(currently|still|now|also|actuellement|toujours|désormais|aujourd'hui|aussi|on)";

export const APPOSED_COPULA_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.is-title-after-apposition',
    type: 'LEADS',
    // the apposition is plain words only (a strict gap steps over no name): "P, CEO of Y, is chair of X" is left out
    pattern: `%p , ~5! , ${HELD_COPULA} ${NOW} ?as ~5! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
];
