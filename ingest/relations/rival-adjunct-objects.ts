import { rules } from './rule';
import type { Rule } from './rule';
import { NOT_QUALIFYING } from './rule';
import { DENIED_INTENT_WORDS } from './frames/rivals-denied-intent';
import {
  BIDDING_PURPOSE,
  ENABLING_VERB,
  HOW_HARD,
  OWNER_HYPHEN,
  PERSON_SUBJECT_FR,
  RIVAL_VERB,
} from './rival-words';

/**
 * Two shapes the plain verb rule (competes.ts, any.competes.verb) cannot cross, both languages:
 * - a place or field told between the verb and its "with" ("competes in the south with A", "competes on price with
 *   A", "rivalise en Europe avec A", "vies across Europe with A"): the adjunct is a setting, the rival follows "with";
 * - the rivals' products as the object ("competes with drones from A and B", "X's machines compete with models made
 *   by A", "affronte les logiciels de A", "concurrence ceux de A et de B"): a product stands for its maker.
 * "with support from A", "with help from A" name no rival: "with" must be followed by the name itself.
 */

/** Words a subject may not be separated from the verb by (as in any.competes.verb): another subject, an enabler. */
const NOT_BEFORE_VERB = `(${PERSON_SUBJECT_FR.slice(1, -1)}|${ENABLING_VERB.slice(1, -1)}|${DENIED_INTENT_WORDS.slice(1, -1)})`;
/** Intransitive verbs of rivalry that take their rival after "with"/"avec". */
const WITH_VERB =
  '(compete|competes|competing|competed|vie|vies|vied|vying|rivalise|rivalisent|rivaliser|rivalisera|rivaliseront|rivalisait)';
/** Prepositions opening the setting of the contest ("in the south", "on price", "en Europe", "sur les prix"). */
const SETTING = '(in|on|across|throughout|at|en|sur|dans|outre-manche|outre-atlantique)';
/** Words the setting may not cross: the rival's particle itself, another clause, another verb's object. */
const SETTING_STOP =
  "(with|avec|against|contre|which|who|that|qui|que|qu'|où|where|while|tandis|and|et|,|;|:)";
/** Nouns of products that stand for their maker in a contest ("drones from A", "les logiciels de A"). */
const PRODUCT =
  '(those|ceux|celles|products|product|models|model|drones|machines|systems|devices|tools|apps|brands|vehicles|aircraft|robots|trucks|cars|platforms|offerings|chips|produits|modèles|marques|appareils|logiciels|véhicules|systèmes|outils|offres|avions|camions|puces)';
/** Particles of a product's maker ("from A", "made by A", "of A", "de A"). */
const MAKER = "(from|by|of|de|d'|du|des)";

export const ADJUNCT_OBJECT_RULES: Rule[] = rules([
  {
    id: 'any.competes.setting-with',
    type: 'COMPETES_WITH',
    // one subject: a list before the verb may hold a name after a preposition ("As a treatment for HoFH, J competes …")
    pattern: `@a ~6!^${NOT_BEFORE_VERB} ${WITH_VERB} ${HOW_HARD} ${SETTING} ~4^${SETTING_STOP} (with|against|avec|contre) @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN} ${BIDDING_PURPOSE}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.rival-products',
    type: 'COMPETES_WITH',
    pattern: `@@a ~6!^${NOT_BEFORE_VERB} ${RIVAL_VERB} ${HOW_HARD} ?(with|against|à|avec|contre) ?(the|les|des|de|d'|aux) ?(similar|comparable|rival|competing|concurrents|concurrentes) ${PRODUCT} ?(made|sold|built|fabriqués|vendus|conçus) ${MAKER} @@b ${NOT_QUALIFYING} !>${OWNER_HYPHEN}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
]);
