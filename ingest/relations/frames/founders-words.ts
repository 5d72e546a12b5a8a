/**
 * Trigger families of the founder and leader readers: every inflection of a verb of founding or heading is
 * matched by its stem, so a tense or a gender no rule spelled out still counts. Regexes over one lower-case word.
 */

/** Endings of a French first-group verb in the tenses business prose uses (présent, imparfait, passé, futur). */
const FR_ENDINGS = '(e|es|ent|er|é|ée|és|ées|ait|aient|a|èrent|era|eront|erait|ons|ez|ant)';

/** Any form of "fonder"/"créer" (and their "co-" forms), and English founding verbs other than participles. */
export const FOUND_FR = new RegExp(`^(co-?)?(fond|cré)${FR_ENDINGS}$`, 'u');
/** "found" alone is left out: as the past of "find" it is far more common in news than the founding verb. */
export const FOUND_EN = /^(co-?)?(founds|founded|founding|established|establishes|started|starts|start)$/;
/**
 * A participle that a passive or a fronted phrase of founding is built on ("fondée par", "set up by"). "Lancée par"
 * counts here only: with a person as agent and a company as subject it is a founding, while the active "lance X"
 * is as often a product.
 */
export const FOUND_PARTICIPLE =
  /^((co-?)?(fond|cré|lanc)(é|ée|és|ées)|(co-?)?founded|established|started|launched|formed|set)$/u;

/** Any form of "diriger"/"présider"/"piloter" (stems), and the English verbs of heading a company. */
export const LEAD_FR = new RegExp(`^(co-?)?(dirig|présid|pilot)${FR_ENDINGS}$|^dirigeai(t|ent)$`, 'u');
/** "président" has the shape of a verb form of "présider" but is the title noun. */
export const NOT_LEAD_VERB = /^présidents?$/;
export const LEAD_EN = /^(co-?)?(runs|ran|leads|led|heads|headed|chairs|chaired|helms|helmed)$/;
export const LEAD_PARTICIPLE =
  /^((co-?)?(dirig|présid|pilot)(é|ée|és|ées)|(co-?)?led|run|headed|chaired|helmed)$/u;

/** Words of a founder noun ("cofondatrice", "co-founders"). */
export const FOUNDER_NOUN = /^(co-?)?(fondat(eur|rice)s?|founders?)$/;

/** The agent marker of a passive. */
export const BY = /^(par|by)$/;
/** Pronouns after "par"/"by" that take up the person just named ("fondée par P et dirigée par lui"). */
export const AGENT_PRONOUN = /^(lui|elle|him|her)$/;
/** Determiners and possessives that open a descriptor before a name ("la société de production X"). */
export const DETERMINER =
  /^(le|la|l'|les|un|une|the|a|an|son|sa|ses|its|his|her|their|leur|leurs|cette|ce|this)$/;
/** Auxiliaries and copulas between a subject and a participle ("a été", "has been", "sera"). */
export const AUXILIARY =
  /^(a|ont|avait|avaient|aura|est|sont|était|étaient|été|sera|seront|être|is|are|was|were|be|been|being|has|have|had|will|would|remains|reste|demeure)$/;
/** Adverbs that may stand between a subject and its verb ("A et B ont ensuite créé", "who later founded"). */
export const ADVERB =
  /^(also|aussi|également|auparavant|then|ensuite|together|ensemble|later|now|today|aujourd'hui|still|currently|already|déjà|toujours|désormais|actuellement|jointly|initially|originally|first|d'abord|\p{Ll}+ly|\p{Ll}+ment)$/u;
/** A negation before the verb: the sentence says the fact does not hold. */
export const NEGATION = /^(ne|n'|pas|not|never|jamais|didn't|hasn't|wasn't|isn't|n't)$/;
/** A relative pronoun that lets a person or company stand before the verb of its own relative clause. */
export const RELATIVE = /^(qui|who|which|that)$/;
/** Copulas of the relative clause that gives a founder's current title ("qui en est toujours le président"). */
export const TITLE_COPULA = /^(est|reste|demeure|devient|is|remains|becomes|became|was|était)$/;
/**
 * Nouns that, standing just before a participle of heading, are what is headed instead of the company (a round,
 * a team, a board): "a round led by P" makes P no leader of the company named earlier.
 */
export const NOT_COMPANY_NOUN =
  /^(round|rounds|tour|opération|levée|deal|bid|offer|offre|team|équipe|teams|équipes|division|unit|fund|fonds|board|conseil|consortium|investment|investissement|project|projet|delegation|délégation|campaign|campagne|effort|study|étude|coalition|syndicate|committee|comité|panel|session|mission|talks|negotiations|négociations|research|programme|program|department|département|service|lab|laboratoire)$/;
/** A copula or verb of holding a post, any tense ("était jusqu'ici DG de X", "has been chairman of X"). */
export const HOLDS_POST =
  /^(est|était|sera|serait|fut|a|avait|été|reste|restait|restera|demeure|devient|devenait|deviendra|is|was|were|will|be|been|has|had|remains|remained|becomes|became|stays|stayed|serves|served)$/;
/** Nouns of a company's staff that a company name may qualify ("Acme engineer P", "ancien cadre de X"). */
export const STAFF_NOUN =
  /^(engineer|engineers|executive|executives|director|manager|employee|veteran|alumnus|ingénieur|ingénieure|cadre|salarié|salariée|directeur|directrice)$/;
/**
 * A plural kin noun before a list of founders ("by brothers A and B C"): the family name is often told once for
 * all, so the first member read alone is not the person's whole name and the list cannot be trusted.
 */
export const PLURAL_KIN =
  /^(brothers|sisters|siblings|twins|cousins|frères|sœurs|soeurs|cousines|jumeaux|jumelles)$/;
/** Words that open a relative or possessive clause: the name after them is not the one a title before them names. */
export const CLAUSE_OPENER = /^(whose|dont|où|where|when|quand|lorsque)$/;
/** A count of people before their shared description ("deux anciens de X, A et B", "two former X executives"). */
export const PEOPLE_COUNT = /^(deux|trois|quatre|two|three|four)$/;
/** Personal pronouns a founding verb may have as subject when the founder is named elsewhere ("she co-founded"). */
export const SUBJECT_PRONOUN = /^(he|she|they|we|i|il|elle|ils|elles|nous|vous|je|j')$/;
/** Object pronouns that stand for the company founded ("set it up", "il l'a fondée"). */
export const OBJECT_PRONOUN = /^(it|l'|la|le)$/;

/**
 * French adjectives of nationality ("gabonais", "américaine", "italien"); "ancien" and "prochain" share the endings
 * and are times of the company's own post.
 */
export const NATIONALITY_ADJECTIVE =
  /^(?!(ancien|ancienne|prochain|prochaine|certain|certaine)$)\p{Ll}+(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande)$/u;
/**
 * Nouns of a product, brand or publication ("le titre", "la marque", "the magazine"): a story calls a thing so when
 * it is what changes hands, so the company the article is about is rarely the one such a subject stands for.
 */
export const PRODUCT_NOUN =
  /^(titre|magazine|mensuel|hebdomadaire|quotidien|journal|revue|marque|label|produit|site|title|newspaper|weekly|monthly|brand|product|website)$/;
