import type { RuleSpec } from '../rule';
import { FOUNDER as ONE_FOUNDER } from './leads-founder-and-title';

/**
 * LEADS of a founder told by a possessive who stays at the head: "Its founder, P, said he would stay on as chief
 * executive", "Its founder, P, who started the company in 2004, stepped back as chief executive but remains
 * chairman", "Son fondateur, P, un ancien chercheur de l'Inrae, restera à la tête du laboratoire", "Sa fondatrice,
 * P, reste présidente". The founder rules read the possessive as the company (any.founded.org-founder); the head's
 * post is the same company's. Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/** Verbs of staying in a post. */
const STAYS_EN = '(stay|stays|stayed|remain|remains|remained|staying|remaining)';
const STAYS_FR = '(restera|reste|resterait|demeure|demeurera|demeurerait)';
/** One-word head titles; "chief" and "directeur" need their second word (a chief financial officer is no head). */
const ONE_WORD_TITLE =
  '(ceo|chairman|chairwoman|president|pdg|p-dg|président|présidente|président-directeur|présidente-directrice|patron|patronne)';
/** Most words between the founder's apposition and the verb of staying ("said at the time he would"). */
const GAP = '~24';

export const FOUNDER_STAYS_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.founder-stays-title',
    type: 'LEADS',
    pattern: `@org ?'s ${ONE_FOUNDER} , %p , ${GAP} (${STAYS_EN.slice(1, -1)}|${STAYS_FR.slice(1, -1)}) ?(on) ?(as) ?(its|the|le|son|sa) ${ONE_WORD_TITLE}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.founder-stays-chief-executive',
    type: 'LEADS',
    pattern: `@org ?'s ${ONE_FOUNDER} , %p , ${GAP} ${STAYS_EN} ?(on) ?(as) ?(its|the) (chief) (executive)`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.founder-stays-managing-director',
    type: 'LEADS',
    pattern: `@org ${ONE_FOUNDER} , %p , ${GAP} ${STAYS_FR} ?(le|son|sa) (directeur|directrice) (général|générale)`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.founder-stays-at-head',
    type: 'LEADS',
    // "restera à la tête du laboratoire": the noun after "tête" is the company the possessive stands for
    pattern: `@org ${ONE_FOUNDER} , %p , ${GAP} ${STAYS_FR} (à) (la) (tête)`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
