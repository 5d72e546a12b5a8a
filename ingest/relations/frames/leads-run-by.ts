import type { RuleSpec } from '../rule';
import { FUTURE_AUX, NOT_HEADED_NOR_FUTURE, RUN_BY_PARTICIPLE, SUBJECT_PRONOUN } from '../people-words';

/**
 * LEADS from a participle of heading with its agent ("X, dirigée par P", "X is run by P"), split by tense: a head
 * still to come ("sera dirigé par", "will be led by") counts only for a company the sentence names. Pattern specs
 * spread into LEADS_RULES (../leads.ts).
 */

/**
 * Words that name the company a merger will create ("La nouvelle entité, baptisée X, sera dirigée par P", "le nouvel
 * ensemble, qui prendra le nom de X", "the combined company, to be called X", "will be named X and will be led by P"):
 * a head of X then is a future post in
 * a company that does not exist yet, which the gold sets do not count.
 */
export const NEW_ENTITY_NAMING =
  /^(baptisée|baptisé|nom|dénommée|dénommé|appelée|appelé|called|named|renamed)$/;

/**
 * A possessive before the agent's role noun, which the units turn into the company it stands for ('son fondateur'
 * reads '[X] fondateur'): the company's own founder or head.
 */
const OWNER_POSSESSIVE = '@own ~2!';

/** Adverbs of a past time: the post was held then. */
export const THEN = "alors|jusqu'alors|then|formerly|previously|auparavant";
/** One word before the participle that is none of those adverbs either. */
export const NOT_HEADED_NOR_THEN = NOT_HEADED_NOR_FUTURE.replace('(?:', `(?:${THEN}|`);

export const RUN_BY_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.run-by',
    type: 'LEADS',
    // the word before the participle is no round, team or fund: "closed a round led by partner P" (see NOT_HEADED_NOR_FUTURE)
    // a subject pronoun in the gap opens another clause: "X, sous la protection de Y, elle est dirigée par P"
    // a future auxiliary in the gap is read by any.leads.will-be-run-by, which needs a named company
    // "X, which counts Y among its rivals, is led by P": a company before "among"/"parmi" is an object, not the subject
    pattern: `@org ~6^(${SUBJECT_PRONOUN.slice(1, -1)}|${FUTURE_AUX.slice(1, -1)}|among|parmi) ${NOT_HEADED_NOR_FUTURE} ?, ${RUN_BY_PARTICIPLE} ~3! (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
    // "X was acquired by Y in 2021 and is run by P", "X, qui emploie 900 personnes dans l'Oise, est dirigée par P":
    // a company after a preposition is no subject of the participle
    notOblique: 'org',
  },
  {
    id: 'any.leads.will-be-run-by',
    type: 'LEADS',
    // "Argonaut will continue to be run by P", "X sera désormais dirigée par P"; "le nouvel ensemble sera dirigé par
    // P" is refused by namedTarget (a pointer at a company still to be formed)
    pattern: `@org ~6^${SUBJECT_PRONOUN} ${FUTURE_AUX} ~3^${SUBJECT_PRONOUN} ${RUN_BY_PARTICIPLE} ~3! (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
    namedTarget: true,
  },
  {
    id: 'any.leads.run-by',
    type: 'LEADS',
    // the same with the participle right after the company ("X, dirigée par P"), which the rule above leaves out
    pattern: `@org ?, ${RUN_BY_PARTICIPLE} ~3! (par|by) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
  },
  {
    id: 'any.leads.run-by-apposed',
    type: 'LEADS',
    // "Edumania est dirigée par son fondateur, P", "Kwipay restera dirigée par sa cofondatrice, P", "X is run by its
    // co-founder, P": the agent is a possessive role noun with the name apposed after its comma
    // "X était alors dirigée par son fondateur, P": a post held then, not now
    pattern: `@org ~6^(${SUBJECT_PRONOUN.slice(1, -1)}|${FUTURE_AUX.slice(1, -1)}|${THEN}) ${NOT_HEADED_NOR_THEN} ?, ${RUN_BY_PARTICIPLE} ~3! (par|by) ${OWNER_POSSESSIVE} , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
  },
  {
    id: 'any.leads.run-by-apposed',
    type: 'LEADS',
    // the same with the participle right after the company ("X, dirigée par son fondateur, P")
    pattern: `@org ?, ${RUN_BY_PARTICIPLE} ~3! (par|by) ${OWNER_POSSESSIVE} , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    notAfter: NEW_ENTITY_NAMING,
  },
];
