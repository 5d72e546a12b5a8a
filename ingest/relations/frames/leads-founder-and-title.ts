import type { RuleSpec } from '../rule';
import { ART, FOUNDER as FOUNDER_NOUN, OF, TITLE_WORD } from '../people-words';

/**
 * LEADS from a founder noun coordinated with a head's title before the person's apposition: "Its founder and chief
 * executive, P", "The company's chief executive and co-founder, P", "Sa fondatrice et présidente, P". The plain
 * title-comma rule (../leads.ts) allows three words between the company and the comma, which one coordinated founder
 * noun already fills; the founder noun is read by the FOUNDED rules, the title here. Pattern specs spread into
 * LEADS_RULES (../leads.ts).
 */

/** Founder nouns, singular: one person's titles follow (also read by leads-founder-stays.ts). */
export const FOUNDER = '(founder|co-founder|cofounder|fondateur|fondatrice|cofondateur|cofondatrice)';
/** Coordinators between the founder noun and the title. */
const AND = '(and|et)';
/**
 * Nouns of a head's leaving: the title after them ("le départ de son PDG", "the departure of its founder and chief
 * executive, P") is one the person is giving up. Also read by ../leads.ts.
 */
export const LEAVING_NOUN =
  /^(départ|démission|éviction|limogeage|retraite|departure|resignation|ouster|ousting|exit|retirement|sacking|firing)$/;

export const FOUNDER_AND_TITLE_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.founder-and-title-comma',
    type: 'LEADS',
    // "Its founder and chief executive, P": the title after the founder noun, checked as a head's (checkRole)
    pattern: `@org ?'s ${FOUNDER} ${AND} ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    notAfter: LEAVING_NOUN,
  },
  {
    id: 'any.leads.title-and-founder-comma',
    type: 'LEADS',
    // "Its chief executive and co-founder, P": the title before the founder noun
    pattern: `@org ?'s ~3! ${AND} ${FOUNDER} , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    notAfter: LEAVING_NOUN,
  },
  {
    id: 'any.leads.founder-of-and-title',
    type: 'LEADS',
    // "P, co-fondatrice de X et présidente de son conseil d'administration", "P, co-founder of X and chair of its
    // board": the head's title coordinated after the founder's apposition (the founder noun is FOUNDED's); the
    // title and what follows it are checked as a head's (roleAfter), so "and chief technology officer" is none
    pattern: `%p , ${FOUNDER_NOUN} ${OF} ${ART} @org ${AND} ?(le|la|the|its) (${TITLE_WORD.slice(1, -1)}|chair)`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
];
