import type { RuleSpec } from './rule';
import { rules } from './rule';

/**
 * Words after which the names that follow are the subject's rivals: verbs of rivalry and nouns for rivals.
 * A narrower set than competes.ts reads, because here the list may run on past descriptors and connectors.
 */
const OBJECT_CUE =
  '(face|affronte|affrontent|concurrence|concurrencent|rivalise|rivalisent|rivaliser|mesure|mesurent|fer|talonne|devance|compete|competes|competing|vies|battles|rivals|rivaux|concurrents|competitors|challengers)';

/** Words the plain list reader stops at and these rules step over ("et avec le groupe X", "and German vendor X"). */
const LIST_CONNECTOR = '(et|and|ou|or)';
const ALSO = "(well|que|qu'|aussi)";
/**
 * Words saying that the next name is held by, holds or carries the previous one ("propriétaire de", "via sa
 * filiale", "propriété du fonds X", "owned by X").
 */
const HOLDING_WORD =
  '(propriétaire|propriétaires|propriété|owned|détenu|détenue|détenus|contrôlé|contrôlée|controlled|appartenant|owner|owners|filiale|filiales|subsidiary|subsidiaries|unit|parent|mère|maison-mère|via|détenteur|holder|actionnaire|shareholder|éditeur|publisher|marque|brand|brands|marques)';
/**
 * Conjunctions opening a contrasting clause with its own subject ("A et B, tandis que C tenait tête à D"): the
 * "que" ending them is no "ainsi que", so a list does not run past them.
 */
const CONTRAST_OPENER = '(tandis|alors|while|whereas|whilst)';
/** Either stop of the list after a comma: a held name or a contrasting clause. */
const HOLDING_OR_CONTRAST = `(${HOLDING_WORD.slice(1, -1)}|${CONTRAST_OPENER.slice(1, -1)})`;
const LIST_CONNECTOR_OR_BUT = '(et|and|ou|or|mais|but|as|plus)';
/** Words of a setting between the first rivals and "and with" ("in the premium commuter segment"). */
const SETTING_WORDS = 6;
/** The particle of the rivalry verb, said again before the second object ("and with", "et avec", "ainsi qu'aux"). */
const REPEATED_PARTICLE = '(with|against|avec|contre|à|au|aux)';
/** Words before the second object's name: its kind and an example word ("budget brands such as"). */
const KIND_WORDS = 4;
/** Nouns that make the second object a partner, client or supplier rather than a rival ("and with its partner B"). */
const NOT_RIVAL_ROLE =
  '(partner|partners|partenaire|partenaires|client|clients|customer|customers|supplier|suppliers|fournisseur|fournisseurs|support|help|aide|soutien)';

/**
 * The subject's rivals named in a list the plain list reader cannot follow: each name wears a descriptor
 * ("l'américain A, le français B et la société allemande C"), or the list goes on after a connector ("A and B
 * as well as French rival C", "A, mais aussi à des acteurs tels qu'B", "A et avec le groupe B"). The first
 * member is read by the ordinary rules; these add the later ones. The subject is the sentence's first company,
 * so a later name in the list is never taken for a subject.
 */
function objectListRule(id: string, continuation: string): RuleSpec {
  return {
    id,
    type: 'COMPETES_WITH',
    pattern: `@a ~6! ${OBJECT_CUE} ~6 @@c ${continuation} @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  };
}

export const OBJECT_LIST_RULES = rules([
  objectListRule(
    'any.competes.list-after-connector',
    `~3!^${CONTRAST_OPENER} ${LIST_CONNECTOR} ?(avec|with|à|au|aux|against|contre) ~3!`,
  ),
  // "face à A, propriétaire de B, ainsi qu'à C": a name after an owner's or a part's word is held, not a rival
  objectListRule('any.competes.list-after-comma', `, ~3!^${HOLDING_OR_CONTRAST}`),
  objectListRule(
    'any.competes.list-as-well-as',
    `~2^${CONTRAST_OPENER} ${ALSO} ?(as|qu'|que) ?(with|avec|à|au|aux|against|contre) ~7`,
  ),
  objectListRule('any.competes.list-of-three', `, ~3! @d ~3! ${LIST_CONNECTOR} ~3!`),
  // "competes with A in the premium segment and with budget brands such as B": a setting longer than the connector
  // rule's gap, then the particle repeated, which keeps the second object in the same rivalry
  objectListRule(
    'any.competes.list-after-setting',
    `~${SETTING_WORDS}!^${CONTRAST_OPENER} ?(,) ${LIST_CONNECTOR} ?${ALSO} ${REPEATED_PARTICLE} ~${KIND_WORDS}!^${NOT_RIVAL_ROLE}`,
  ),
  // "au parisien A, déjà présent dans les hôpitaux, et à l'israélien B": a member's own description sits between
  objectListRule(
    'any.competes.list-after-description',
    `, ~8 , ${LIST_CONNECTOR_OR_BUT} ?${ALSO} ?(as|qu'|que) ?(with|avec|à|au|aux|against|contre) ~3!`,
  ),
]);

/**
 * "X affronte des poids lourds : les biscuiteries A et B": the rivals follow a colon after the cue; the subject
 * is still the sentence's first company.
 */
export const COLON_LIST_RULES = rules([
  {
    id: 'any.competes.list-after-colon',
    type: 'COMPETES_WITH',
    pattern: `@a ~6! ${OBJECT_CUE} ~4 : ~3! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
]);
