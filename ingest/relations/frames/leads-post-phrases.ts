import type { RuleSpec } from '../rule';
import { TITLE_WORD } from '../people-words';

/**
 * LEADS pattern rules for a post told by a phrase around the title rather than by an apposition: "would serve as
 * interim chief executive" and "P en est le président" (the company taken up by "en" is the article's). Spread into
 * LEADS_RULES (../leads.ts) before the helm-taking rules.
 */

/** Words after "chief"/"head" that make the post another officer's ("chief financial officer", "head of sales"). */
export const NOT_LEADER_AFTER_TITLE =
  'financial|operating|technology|technical|information|marketing|commercial|people|legal|revenue|product';

/** The French words after a title that make it another post or another body's ("directeur financier", "de la"). */
const NOT_LEADER_AFTER_TITLE_FR =
  "financier|financière|technique|commercial|commerciale|adjoint|adjointe|délégué|déléguée|de|du|d'|des|marketing|artistique";
/** The copulas of "P en est le président" ("en était", "en devient", "en reste"). */
const EN_EST = '(est|était|sera|devient|deviendra|devenait|reste|restera|demeure|demeurait)';

/** "en est devenu le président": the participle between the copula and the title. */
const BECOME = 'devenu|devenue|redevenu|redevenue';
/** "en est resté le directeur général": staying on is a post held now, as "en reste" is. */
const STAYED = 'resté|restée|demeuré|demeurée';
/**
 * A deal told in the same sentence: "Y a été rachetée par X, et P en est resté le président" stays on at Y, which
 * leads-coordinated-post.ts reads; the article's company may be the buyer.
 */
const DEAL_PARTICIPLE =
  'racheté|rachetée|repris|reprise|acquis|acquise|cédé|cédée|vendu|vendue|absorbé|absorbée';
/** Participles of founding: the company a relative's "en" takes up is then the one founded, named in the sentence. */
const FOUNDING_WORD = '(fondé|fondée|cofondé|cofondée|créé|créée|lancé|lancée)';
/** Verbs of joining a company, whose object "en" takes up in the clause after ("qui a rejoint X en 2019, en est …"). */
const JOINED = '(rejoint|intégré|entré|entrée|arrivé|arrivée)';

/**
 * Taking or holding a head's function: "en a pris la direction", "en assure la présidence", "en reprend la tête".
 * No future: "Le directeur général de X, P, en prendra la direction" is said of the company a merger will create.
 */
const TAKE_POST = '(a|avait|prend|prenait|assure|assurait|reprend|conserve|garde)';
/** The head's functions as nouns; "direction" alone or "générale", never "direction financière / des achats". */
const POST_NOUN = '(direction|présidence|tête|gérance)';

export const POST_PHRASE_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.serves-as',
    type: 'LEADS',
    // "X said CFO P would serve as interim chief executive": the title after "as" is the one P takes; the title
    // before P (often a deputy's) is not read, so the rule names the leader's word itself
    pattern: `@org ~10 %p ~2! (serve|serves|served|serving|act|acts|acted|acting) as ?(its|the) ?(interim|acting|new) ${TITLE_WORD} !>(${NOT_LEADER_AFTER_TITLE})`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.leads.en-est-title-topic',
    type: 'LEADS',
    // "P en est le président": "en" takes up the company the article is about; a function after the title
    // ("directeur financier", "président du directoire de la filiale") is another post. The comma closing the
    // person's apposition may stand before "en" ("Son petit-fils, P, en est le directeur général")
    pattern: `%p ?, en ${EN_EST} ?(${BECOME}) ?(toujours|désormais|aujourd'hui|actuellement) (le|la|l') ?(nouveau|nouvelle|actuel|actuelle) ${TITLE_WORD} ?(général|générale|exécutif|exécutive) !>(${NOT_LEADER_AFTER_TITLE_FR})`,
    source: 'p',
    target: 'org',
    topicTarget: true,
    cliticTarget: true,
    confidence: 0.7,
  },
  {
    id: 'any.leads.en-est-stayed-title-topic',
    type: 'LEADS',
    // "Son fondateur en est resté le directeur général": as any.leads.en-est-title-topic, with the participle of
    // staying on; not in a sentence telling a deal (see DEAL_PARTICIPLE)
    pattern: `!!(${DEAL_PARTICIPLE}) %p ?, en (est|était) (${STAYED}) ?(toujours|désormais|aujourd'hui|actuellement) (le|la|l') ${TITLE_WORD} ?(général|générale|exécutif|exécutive) !>(${NOT_LEADER_AFTER_TITLE_FR})`,
    source: 'p',
    target: 'org',
    topicTarget: true,
    cliticTarget: true,
    confidence: 0.7,
  },
  {
    id: 'any.leads.relative-en-est-title-topic',
    type: 'LEADS',
    // "P, qui en est le directeur général, pilote …": the same post told in a relative clause on the person
    // (not after a founding: "Fondé par P, qui en est toujours le président, le grossiste …" is the grossiste's)
    pattern: `!!${FOUNDING_WORD} %p , qui en ${EN_EST} ?(${BECOME}) ~2! (le|la|l') ?(nouveau|nouvelle|actuel|actuelle) ${TITLE_WORD} ?(général|générale|exécutif|exécutive) !>(${NOT_LEADER_AFTER_TITLE_FR})`,
    source: 'p',
    target: 'org',
    topicTarget: true,
    cliticTarget: true,
    confidence: 0.7,
  },
  {
    id: 'any.leads.joined-then-en-est-title',
    type: 'LEADS',
    // "P, qui a rejoint X en 2019, en est aujourd'hui la directrice générale": "en" takes up the company joined
    pattern: `%p , qui ?(a|avait|est|était) ${JOINED} ?(chez|dans|à) ?(le|la|l') @org ~3! , en ${EN_EST} ?(${BECOME}) ~2! (le|la|l') ?(nouveau|nouvelle|actuel|actuelle) ${TITLE_WORD} ?(général|générale|exécutif|exécutive) !>(${NOT_LEADER_AFTER_TITLE_FR})`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.en-took-post-topic',
    type: 'LEADS',
    // "P en a pris la direction générale en janvier", "Sa fille, P, en assure la présidence depuis 2015", "P en
    // reprend la tête": "en" takes up the company the article is about, as in en-est-title-topic; a function
    // after the noun ("la direction financière", "la direction des achats") is another post, and only the
    // verbs of taking or holding reach the noun ("en a cédé la direction" is a post given up)
    pattern: `%p ?, en ${TAKE_POST} ?(pris|repris|assuré|conservé|gardé) ?(depuis|en|alors|aussi|également|désormais|toujours) (la) ${POST_NOUN} ?(générale|exécutive) !>(${NOT_LEADER_AFTER_TITLE_FR}|financière|technique|commerciale|artistique|juridique|opérationnelle)`,
    source: 'p',
    target: 'org',
    topicTarget: true,
    cliticTarget: true,
    confidence: 0.7,
  },
];
