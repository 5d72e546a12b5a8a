import type { RuleSpec } from '../rule';
import { FOUNDING_YEAR } from '../people-words';

/**
 * French puts the partner of a founding before a long object: "P avait cofondé en 2012 avec Q la start-up
 * grenobloise X", "P a créé avec Q la société X". Both people founded X. English keeps the object first ("P
 * co-founded X in 2012 with Q", any.founded.co-founder-with-year in ../founded.ts), so these read French only.
 * Only verbs of founding proper: "lancer" a brand or a product with a partner founds no company. Pattern specs
 * spread into FOUNDED_RULES (../founded.ts).
 */

/** Participles of founding a company (not "lancé": products and brands are launched too). */
const FOUNDED_PARTICIPLE = '(fondé|fondée|cofondé|cofondée|co-fondé|co-fondée|créé|créée)';
/** Auxiliaries of the compound past before the participle. */
const AUX = '?(a|avait|ont|avaient)';
/** A year of founding told before "avec": "en 2012". */
const WHEN = `?en ?${FOUNDING_YEAR}`;
/** The object's article and up to three descriptor words ("la start-up grenobloise X", "la société X"). */
const OBJECT = "?(la|le|l') ~3! @org";

export const PARTNER_BEFORE_OBJECT_SPECS: RuleSpec[] = [
  {
    id: 'fr.founded.partner-before-object-subject',
    type: 'FOUNDED',
    pattern: `%%p ${AUX} ${FOUNDED_PARTICIPLE} ${WHEN} avec %%q ${OBJECT}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'fr.founded.partner-before-object-partner',
    type: 'FOUNDED',
    pattern: `%%p ${AUX} ${FOUNDED_PARTICIPLE} ${WHEN} avec %%q ${OBJECT}`,
    source: 'q',
    target: 'org',
    confidence: 0.7,
  },
];
