import type { RuleSpec } from '../rule';

/**
 * A head told as another head's counterpart: "Elle prendra la direction générale du nouvel ensemble. Son homologue
 * chez Y, P, présidera le conseil", "Its chief executive will run the combined group; his counterpart at Y, P, will
 * chair it". Merger stories pair the two sides' leaders this way: the possessive points back at the leader just
 * named and "homologue"/"counterpart" gives P the same post at Y, which the sentence names only through the
 * preposition. Only the apposition of a person right after the company counts ("son homologue belge Coldline" is a
 * company, not a head). Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/** Possessives before the counterpart noun; the units may have turned the possessive into a pointer already. */
const POSSESSIVE = '(son|sa|his|her|their|leur|leurs)';
/** "chez Y", "de Y", "d'Y", "at Y", "of Y". */
const AT = "(chez|de|d'|du|at|of)";

export const COUNTERPART_LEADS_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.counterpart-at',
    type: 'LEADS',
    pattern: `?@own ?${POSSESSIVE} (homologue|counterpart) ${AT} ?(l'|la|le|the) @org , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
