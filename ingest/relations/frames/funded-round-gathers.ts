import { compile } from '../pattern';
import type { Rule, RuleSpec } from '../rule';

/**
 * A round told as the subject that gathers its investors, or as the place they join, with the company left to the
 * sentence before: "Le tour de table associe A, B et C", "L'opération réunissait le fonds A, chef de file, la banque
 * publique B et C", the inverted subject of trade-press French ("Ont également participé à l'opération A et B",
 * "Y participent A et B"), a lead told in a fronted participle ("Mené par A, le tour de table …", "Led by A, the
 * round …") and "the round brought together A and B". The round is the article's own (`roundCompany`): the paragraph
 * before may end on another name (a founder's former employer, a rival).
 */

/** Nouns of the round, the subject of the gathering verb. */
const ROUND_FR = '(tour|table|levée|opération|financement|série|augmentation|émission)';
/** Verbs whose object is the round's members, present, imperfect and past participle after "a". */
const GATHERS_FR =
  '(associe|associait|associé|réunit|réunissait|réuni|rassemble|rassemblait|rassemblé|regroupe|regroupait|regroupé|fédère|fédérait|fédéré|mobilise|mobilisait|mobilisé)';
/** Auxiliaries before a past participle of joining, in an inverted clause ("Ont également participé"). */
const AUX_FR = '(ont|a|avaient|avait|auront|aura)';
/** Past participles of joining a round. */
const JOINED_FR = '(participé|souscrit)';
/** Present and imperfect forms after the round's pronoun "y" ("Y participent A et B"). */
const JOIN_FR =
  '(participent|participe|participaient|participait|participeront|participera|souscrivent|souscrit)';
/** Every verb before a round's members, gathering ("réunit") or joining ("y participent", "ont participé à l'opération"). */
const GATHERS_OR_JOINS_FR = `(${[GATHERS_FR, JOIN_FR, JOINED_FR].map((w) => w.slice(1, -1)).join('|')})`;
/** Most words of an aside between the round and its verb ("Son premier tour, de 3 M€ en 2022, réunissait"). */
const ROUND_ASIDE_WORDS = 9;
/** Most words between the aside's opening and its verb of leading ("chef de file", "qui le mène"). */
const LEAD_ASIDE_WORDS = 2;
/** Adverbs the press puts after the verb. */
const ALSO_FR = '(également|aussi|notamment|déjà|ainsi)';
/** Participles of leading a round, fronted before the round they qualify. */
const LED_FR = '(mené|menée|conduit|conduite|piloté|pilotée|emmené|emmenée)';
/** English nouns of the round. */
const ROUND_EN = '(round|financing|funding|raise|tranche)';
/** Words that, just before a fronted participle, make it qualify an earlier name rather than open the sentence. */
const NOT_FRONTED = /^(,|;|\(|which|that|who|is|was|are|were|qui|est|sont|était|a|ont)$/;

/**
 * Compiled with the list reading of market players: a member may carry its descriptor ("la banque publique B")
 * and its own aside ("le fonds A, chef de file de l'opération, B"); after a gathering verb no platform is named.
 */
function memberListRules(specs: RuleSpec[]): Rule[] {
  return specs.map((s) => ({ ...s, pattern: compile(s.pattern, false, true) }));
}

export const FR_ROUND_GATHERS_RULES = memberListRules([
  {
    id: 'fr.funded.round-gathers',
    type: 'FUNDED',
    // "Le tour de table associe A, B et C", "Son premier tour, de 3 M€ en 2022, réunissait déjà A, B et C"
    pattern: `${ROUND_FR} ?(de) ?(table|capital) ?, ~${ROUND_ASIDE_WORDS} ?, ?(a|avait) ?${ALSO_FR} ${GATHERS_FR} ?${ALSO_FR} ~4 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.inverted-joiners',
    type: 'FUNDED',
    // "Ont également participé à l'opération le fonds A, B et C": the verb opens the clause, the joiners follow it
    pattern: `${AUX_FR} ?${ALSO_FR} ${JOINED_FR} ?${ALSO_FR} ?(à|au) ?(l'|la|le|ce|cette|cet) ?${ROUND_FR} ?(de) ?(table|capital) ~4 **src`,
    // "A et B ont participé à l'opération": a named subject before the verb is the joiner, read by other rules
    notAfterName: true,
    notAfter: /^(qui|que|dont)$/,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.round-pronoun-joiners',
    type: 'FUNDED',
    // "Y participent le fonds A, chef de file de l'opération, la banque publique B et C": "y" is the round
    pattern: `y ${JOIN_FR} ?${ALSO_FR} ~4 **src`,
    notAfterName: true,
    notAfter: /^(qui|que|dont)$/,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.gathered-lead-aside',
    type: 'FUNDED',
    // "réunissait le fonds A, chef de file de l'opération, la banque publique B et C": the first member's aside
    // says it leads, and the list goes on after it without a conjunction
    pattern: `${GATHERS_OR_JOINS_FR} ?${ALSO_FR} ~4 *src , (chef|qui|lequel) ~${LEAD_ASIDE_WORDS} (file|mène|menait|pilote|pilotait|conduit|conduisait) ~4 ,`,
    notAfterName: true,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.gathered-after-lead-aside',
    type: 'FUNDED',
    pattern: `${GATHERS_OR_JOINS_FR} ?${ALSO_FR} ~4 *lead , (chef|qui|lequel) ~${LEAD_ASIDE_WORDS} (file|mène|menait|pilote|pilotait|conduit|conduisait) ~4 , ~3! **src`,
    notAfterName: true,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.fronted-round-lead',
    type: 'FUNDED',
    // "Mené par le fonds suisse A, le tour de table associe B": the fronted participle qualifies the round
    pattern: `${LED_FR} par ~3! **src , ~2 (le|la|l'|ce|cette|son|sa) ?(nouveau|nouvelle|dernier|dernière|premier|première) ${ROUND_FR}`,
    notAfter: NOT_FRONTED,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.7,
    lead: true,
  },
]);

export const EN_ROUND_GATHERS_RULES = memberListRules([
  {
    id: 'en.funded.fronted-round-lead',
    type: 'FUNDED',
    // "Led by Granite Ventures, the round also drew B": the fronted participle qualifies the round
    pattern: `(led|spearheaded) by ~3! **src , (the|this|its) ?(latest|new|series) ?(a|b|c|d|e) ${ROUND_EN}`,
    notAfter: NOT_FRONTED,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'en.funded.round-brought-together',
    type: 'FUNDED',
    // "The round brought together A, the state-owned B and C"
    pattern: `(the|this) ${ROUND_EN} ?(also) (brought|brings) together ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
]);
