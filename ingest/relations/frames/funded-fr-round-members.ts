import { compile } from '../pattern';
import type { Rule, RuleSpec } from '../rule';
import { rules } from '../rule';

/**
 * Members of a French round told around it rather than as the subject of an investing verb: joiners after a relative
 * pronoun with a reflexive verb of joining ("l'opération, à laquelle se joignent A et B", "auquel s'associe A"),
 * grants and repayable advances named with their giver ("une subvention de la Région R", "1,5 M€ de subventions de
 * la région R"), a lender with its acronym in brackets before the verb ("La BEI (…) complète le financement par un
 * prêt"), and business angels named after the group's own verb ("Plusieurs business angels complètent l'opération,
 * parmi lesquels P et Q"). They fund the article's company (or the clause's subject before the match).
 */

/** Nouns of the round itself, before the relative pronoun. */
const ROUND = '(tour|table|levée|opération|augmentation|financement|série|émission)';
/** Relative pronouns a joiner's clause opens on. */
const RELATIVE = '(auquel|auxquels|laquelle|lesquelles|lequel|lesquels)';
/** Reflexive verbs of joining or teaming up, in the present, future, past and the participle after "sont". */
const JOINS =
  '(joignent|joint|joindra|joindront|joints|jointe|jointes|associent|associe|associera|associeront|associés|associé|associée|ajoutent|ajoute|ajouteront|ajoutés)';
/** Grant nouns: a subsidy or repayable advance is public money given to the company (GOLD-FORMAT, loan convention). */
const GRANT = '(subvention|subventions|dotation|dotations)';
/** Words opening what a grant pays for: a name after them is a site or a project, not the giver. */
const PURPOSE = '(pour|afin)';
/** Repayable advances, only with their adjective: "avance" alone is also a lead over rivals. */
const ADVANCE = '(avance|avances)';
const REPAYABLE = '(remboursable|remboursables)';
/** Verbs of a lender completing the round with debt. */
const COMPLETES =
  '(complète|complètent|complété|complétera|boucle|bouclent|accompagne|accompagnent|accompagnera)';
/** Nouns of lent money. */
const LOAN = '(prêt|prêts|crédit|crédits|emprunt|dette|avance|avances|financement|ligne)';
/** Angel investors as a group, in French. */
const ANGELS = '(angels|angel|providentiels)';
/** Verbs of such a group joining the round ("complètent l'opération", "se joignent au tour"). */
const GROUP_JOINS =
  '(complètent|complètent|complété|complèteront|complèteront|accompagnent|accompagnent|accompagné|rejoignent|rejoint|joignent|joints|suivent|suivi|participent|participé|investissent|investi|misent|misé)';
/** Words opening the group's named members. */
const AMONG = '(parmi|dont|notamment)';

export const FR_ROUND_MEMBER_RULES = rules([
  {
    id: 'fr.funded.round-joined-reflexive',
    type: 'FUNDED',
    // "Garonne pilote l'opération, à laquelle se joignent A et B", "un tour auquel se sont associés A et B"
    pattern: `${ROUND} ~6 , ?(à) ${RELATIVE} (se|s') ?(sont|est|seront|sera) ${JOINS} ?(également|aussi|notamment) ~4! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.grant-from',
    type: 'FUNDED',
    // "une subvention de 2 M€ de la Région R", "1,5 million d'euros de subventions de la région R"
    // (not past a purpose: "une subvention de 300 000 euros pour son démonstrateur de Saumur" names a site)
    // a grant comes from a public body or a firm, never a person: one named there speaks of it ("une subvention de
    // 500 000 euros, a indiqué sa directrice, P")
    pattern: `${GRANT} ~6^${PURPOSE} (de|du|d'|des) ?(la|l') ~2! @src !>(à|aux)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.repayable-advance-from',
    type: 'FUNDED',
    // "une avance remboursable de 1,5 M€ de la région R", "des avances remboursables de Bpifrance"
    // the same for an advance ("…, a précisé son vice-président chargé de l'économie, P": the speaker lends nothing)
    pattern: `${ADVANCE} ${REPAYABLE} ~6^${PURPOSE} (de|du|d'|des) ?(la|l') ~2! @src !>(à|aux)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.completes-with-loan-acronym',
    type: 'FUNDED',
    // "La Banque européenne d'investissement (BEI) complète le financement par un prêt": the acronym's brackets
    // stand between the lender and its verb ("~0!" steps over a bracket and nothing else)
    pattern: `**src ~0! ${COMPLETES} ~3! (avec|par) (un|une|des) ~2! ${LOAN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
]);

/** Compiled as people's rules: each member may carry a title ("et l'ancienne dirigeante hôtelière Q"). */
function peopleListRules(specs: RuleSpec[]): Rule[] {
  return specs.map((s) => ({ ...s, pattern: compile(s.pattern, true) }));
}

export const FR_ANGEL_GROUP_RULES = peopleListRules([
  {
    id: 'fr.funded.angels-join-then-named',
    type: 'FUNDED',
    // "Plusieurs business angels complètent l'opération, parmi lesquels P, le fondateur de X, et Q"
    pattern: `${ANGELS} ~3 ?(se) ${GROUP_JOINS} ~5 , ${AMONG} ?(lesquels|lesquelles|eux) ~6 %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.angels-join-after-apposed',
    type: 'FUNDED',
    // "…, parmi lesquels P, le fondateur du comparateur X, et l'ancienne dirigeante hôtelière Q": the member after
    // another's apposition
    pattern: `${ANGELS} ~3 ?(se) ${GROUP_JOINS} ~5 , ${AMONG} ?(lesquels|lesquelles|eux) ~6 %first , ~5 ?*employer ~3 , et ~5 %%src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);
