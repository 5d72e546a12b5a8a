import type { RuleSpec } from '../rule';
import { FUTURE_AUX, RUN_BY_PARTICIPLE, SUBJECT_PRONOUN } from '../people-words';
import { NEW_ENTITY_NAMING, NOT_HEADED_NOR_THEN, THEN } from './leads-run-by';

/**
 * LEADS from a head still to come or kept, named by a possessive title with the name apposed ("X will be run by its
 * chief operating officer, P", "X restera piloté par son directeur général par intérim, P", "X will continue to be
 * led by its founder, P"). any.leads.run-by-apposed reads the present with a title of two words; a post to come
 * counts only for a company the sentence names (namedTarget), as in any.leads.will-be-run-by.
 */

/** Verbs that keep or announce a head: the future auxiliaries, "rester" and "remain/continue (to be)". */
const KEEP_OR_FUTURE = `(${FUTURE_AUX.slice(1, -1)}|restera|resteront|reste|restent|demeure|demeurera|remains|remain|continues|continue|continuera|continueront)`;

/**
 * Up to four title words after the possessive, then "par intérim" (its "par" stops a strict gap): "its chief operating
 * officer", "son directeur général par intérim".
 */
const LONG_POSSESSIVE_TITLE = '@own ~4! ?(par|ad) ?(intérim|interim)';

export const FUTURE_RUN_BY_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.will-be-run-by-apposed',
    type: 'LEADS',
    pattern: `@org ~6^${SUBJECT_PRONOUN} ${KEEP_OR_FUTURE} ~3^${SUBJECT_PRONOUN} ${RUN_BY_PARTICIPLE} ~3! (par|by) ${LONG_POSSESSIVE_TITLE} , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
    namedTarget: true,
  },
  {
    id: 'any.leads.run-by-apposed-long',
    type: 'LEADS',
    // the present with a title longer than any.leads.run-by-apposed reads ("X is run by its chief operating officer, P");
    // "X était alors dirigée par …" is a post held then (THEN)
    pattern: `@org ~6^(${SUBJECT_PRONOUN.slice(1, -1)}|${FUTURE_AUX.slice(1, -1)}|${THEN}) ${NOT_HEADED_NOR_THEN} ?, ${RUN_BY_PARTICIPLE} ~3! (par|by) ${LONG_POSSESSIVE_TITLE} , %p`,
    notOblique: 'org',
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
  },
];
