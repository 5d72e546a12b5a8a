/** Words that make a phrase point back at a company named earlier (read by units.ts). */

/** Space-separated words as a set: long word classes kept readable. */
function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Noun phrases that point back at the company last named ("the company said", "le groupe a annoncé"). */
export const ANAPHOR_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'société',
  'groupe',
  'entreprise',
  'start-up',
  'startup',
  'concern',
  // a group of unrelated businesses is named for its shape as often as "the group": "The conglomerate sold …"
  'conglomerate',
  'conglomérat',
  // French press names a company by its size or sector as often as "la société": "la PME", "la jeune pousse"
  'pme',
  'eti',
  'pousse',
  'scale-up',
  'biotech',
  'medtech',
  'fintech',
  'insurtech',
  'healthtech',
  'foodtech',
  'proptech',
  'edtech',
  // a record or fashion label is named for the company behind it: "The label competes with …"
  'label',
]);
/** "au groupe", "du groupe": French folds "à le", "de le" into one word, which points back the same way. */
/**
 * "The business was started in 1946 by P", "who founded the business": the company, but only right after "the" —
 * "its cloud business", "the US business" are a division.
 */
export const BARE_ANAPHOR_NOUNS = new Set(['business']);
/**
 * What follows a bare noun joined to it when the noun is the thing bought, no company: "acquired the business and
 * assets of Y" (wire copy's purchase out of administration) buys Y's business, it points at no company named before.
 */
export const BUSINESS_JOINED_ASSETS: ReadonlySet<string> = new Set(['assets', 'operations', 'liabilities']);
/** Nouns that fit every company alone ("the company", "le groupe"): only a trade word or a name beside them points. */
export const GENERIC_COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'group',
  'concern',
  'société',
  'groupe',
  'entreprise',
]);
export const ANAPHOR_DETERMINERS = new Set(['the', 'la', 'le', "l'", 'au', 'du']);
/** English determiners: no qualifier stands between an English noun and a name it introduces. */
export const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an']);
/**
 * French verbs of a fact that may follow "la société", "le groupe" ("la société rachète X"): such a word makes the
 * noun phrase the subject pointing back, not a cue before the name (where an adjective would stand).
 */
export const FR_VERBS_AFTER_SUBJECT = words(`
  rachète rachètent acquiert reprend absorbe avale rafle cède vend concurrence affronte devance
  talonne défie dépasse détrône rejoint fusionne soutient finance épaule accompagne contrôle détient
  possède emploie nomme recrute lance signe boucle finalise annonce acquérait rachetait
  livre livrent fournit fournissent équipe équipent approvisionne approvisionnent compte comptent
`);
/** "the two companies", "les deux sociétés", "both groups": the last two companies named together. */
export const PAIR_OPENERS = new Set(['two', 'deux', 'both']);
export const PLURAL_ANAPHOR_NOUNS = words(`
  companies firms groups sociétés groupes entreprises start-up start-ups startups
  banks banques lenders insurers assureurs mutuelles éditeurs publishers utilities carriers retailers grocers
  chains chaînes enseignes brands marques operators opérateurs makers fabricants manufacturers laboratoires
  labs biotechs fintechs pme eti distributeurs distributors transporteurs cabinets coopératives cooperatives
  services plateformes platforms applications apps réseaux networks businesses entities entités agences agencies
  studios producteurs producers growers industriels constructeurs carmakers automakers airlines exploitants
  énergéticiens négociants hôteliers
`);
export const PLURAL_PRONOUNS = new Set(['ils', 'they']);
/** "ces trois acteurs", "these players", "ce trio": the last list of companies named together. */
export const LIST_DEMONSTRATIVES = new Set(['ces', 'these', 'those', 'ce', 'this', 'cet']);
export const LIST_NOUNS = words(`
  acteurs players rivals rivaux concurrents competitors groupes groups companies sociétés entreprises
  leaders trio duo enseignes géants giants marques brands firms opérateurs operators éditeurs banques banks
  assureurs insurers laboratoires constructeurs carmakers fabricants makers plateformes platforms chains chaînes
  incumbents challengers heavyweights ténors mastodontes
`);
/** Number words allowed between the demonstrative and the noun ("ces trois acteurs", "these three players"). */
export const SMALL_NUMBERS = new Set(['deux', 'trois', 'quatre', 'cinq', 'two', 'three', 'four', 'five']);
/** "…, where it vies with X", "as it competes with X": subordinators after which "it" is still the company. */
export const SUBORDINATORS_BEFORE_IT = words(`
  where as while because since after and but
`);
/** "X said it …", "X announced that it …": after a report the pronoun is the one reporting, named just before. */
export const REPORTING_BEFORE_IT = new Set(['said', 'says', 'that']);
/** "X itself was bought", "X avait lui-même été racheté": emphasis only, dropped so the verb phrase stays whole. */
export const INTENSIFIERS = new Set([
  'itself',
  'themselves',
  'lui-même',
  'elle-même',
  'eux-mêmes',
  'elles-mêmes',
]);
/** "It competes with …" opening a sentence points back at the company the text is about. */
export const SUBJECT_PRONOUNS = new Set(['it']);
/**
 * "Elle affronte …", "Il a racheté …" opening a sentence: read only right after a sentence about one company that
 * named no person (units.ts), since on their own they name a person as often as a company.
 */
export const FRENCH_SUBJECT_PRONOUNS = new Set(['il', 'elle']);
/**
 * Verbs only a company is the subject of ("Elle affronte X", "Elle emploie 40 personnes"): after them "il"/"elle" is
 * a company even when the sentence before also named a person. Not deal verbs: a person buys or invests as well.
 */
export const COMPANY_SUBJECT_VERB =
  /^(affront|rivalis|concurrenc|devanc|talonn|emploi|exploit|commercialis|fabriqu|revendiqu|bouscul|grignot|heurt|mesur|positionn|attaqu)/;
/** "Il y a", "il faut", "il s'agit", "il est prévu": the impersonal "il", no company. */
export const IMPERSONAL_FOLLOWERS_FR = words(`
  y faut fallait faudra s' semble paraît convient reste est était sera serait existe
`);
/** "It is expected …", "It's unclear …": an expletive, not a company. */
export const EXPLETIVE_FOLLOWERS = words(`
  is was 's would will remains seems appears
`);
/** "It was founded by …", "It is led by …": after these the pronoun is the company again, not an expletive. */
export const FACT_PARTICIPLES = words(`
  founded co-founded cofounded established started created led run headed chaired backed acquired
  bought owned
`);
export const POSSESSIVES = new Set(['son', 'sa', 'ses', 'its', 'leur']);
/**
 * "Sa croissance est soutenue par X", "Its expansion is backed by X": a company's own growth or capital opening
 * the sentence stands for the company in the facts told of it. So does its board, which acts for it: "Son conseil
 * d'administration a désigné P présidente", "Its board appointed P chief executive".
 */
export const COMPANY_ATTRIBUTES = new Set([
  'croissance',
  'développement',
  'expansion',
  'capital',
  'growth',
  'activité',
  'conseil',
  'directoire',
  'board',
]);
export const LEADER_TITLE_WORDS = words(`
  pdg p-dg président présidente directeur directrice président-directeur présidente-directrice patron patronne dg
  chief ceo chairman chairwoman president head boss managing dirigeant dirigeante
`);
/** "its founder Ryan Mitchell", "aux côtés de ses fondateurs": the possessive names the nearest company before. */
export const FOUNDER_WORDS = words(`
  founder co-founder cofounder fondateur fondatrice cofondateur cofondatrice cofondateurs fondateurs
`);
/** Plural founder nouns: "its co-founders, A and B", "les deux fondateurs" (people only, never a company). */
export const PLURAL_FOUNDER_WORDS = words(`
  founders co-founders cofounders fondateurs fondatrices cofondateurs cofondatrices co-fondateurs co-fondatrices
`);
/**
 * "Its backers, A and B", "Sa maison mère, X", "Ses investisseurs …": after a possessive opening its phrase, the
 * company's own backers or owner, so the possessive is the company the text is about.
 */
export const OWNER_NOUNS = words(`
  parent backers investors shareholders owner owners investisseurs actionnaires actionnaire maison
`);
/** Rivalry nouns stay words: rules read them ("Movira's rival Caminito"). */
export const RIVAL_NOUNS = words(`
  rival rivals rivaux competitor competitors concurrent concurrents leader leaders numéro
`);

/** "nous avons repris X", "we bought X": in a quote, the speaker's company (units.ts, discourse.ts). */
export const FIRST_PERSON_SUBJECTS = words(`nous we`);
/** "Ensemble, nous …", "Together we …": after a merger the speaker is the company it makes. */
export const TOGETHER_WORDS = words(`ensemble together`);
/** "a stake in us": English has a separate object form, read in place. */
export const FIRST_PERSON_OBJECTS = words(`us`);
/** "nos concurrents", "our rivals": the speaker's company before a rival or founder noun. */
export const FIRST_PERSON_POSSESSIVES = words(`notre nos our`);
/**
 * Words after which a French "nous" still opens its clause ("En juillet, nous avons repris …", "« Nous …"):
 * elsewhere it is the object clitic of a verb ("X nous accompagne") or a reflexive ("nous nous battons").
 */
export const CLAUSE_OPENERS = words(`, : ; « " “ ( – — et mais puis and but so then`);
/**
 * French object pronouns standing before their verb: "le groupe l'avait rachetée", "X nous accompagne". Not
 * "les": it stands for several parties, which the sentence before seldom names as one subject.
 */
export const FR_OBJECT_CLITICS = words(`l' la le nous`);
/** Auxiliaries and adverbs between an object clitic and its verb ("l'avait déjà rachetée", "nous a suivis"). */
export const CLITIC_VERB_HELPERS = words(`
  a ont avait avaient aura auront avons avions eut a-t-il a-t-elle va vont vient venait de d' déjà ensuite
  finalement alors aussi également pas
`);
/**
 * Stems of the deal, funding and rivalry verbs an object clitic may stand for the party of. Only before such a
 * verb is "l'/la/le/les" read as a company: elsewhere the pronoun stands for anything (a product, a plan).
 */
export const CLITIC_FACT_VERB =
  /^(rach[eè]t|acqu[iéiè]|acquis|repr[ie]s|reprend|absorb|c[eéè]d|vend|croqu|aval|financ|refinanc|accompagn|soutien|soutenu|suiv|concurrenc|affront|devanc|talonn)/;
/** Words making "ce dernier", "the latter" a pronoun: no noun follows ("ce dernier trimestre" is a date). */
/** "Celle-ci dirige toujours l'entreprise": one-word pronouns for the last entity named, a person as well. */
export const LATTER_WORDS = new Set(['celle-ci', 'celui-ci']);
export const LATTER_PHRASES = new Map<string, 'last' | 'first'>([
  ['ce dernier', 'last'],
  ['cette dernière', 'last'],
  ['the latter', 'last'],
  ['the former', 'first'],
  // "A affronte B et C. Le second, que dirige P, …": of a pair the second named is the last one (not "le premier",
  // which is the pair's first, not the sentence's)
  ['le second', 'last'],
  ['la seconde', 'last'],
]);
/**
 * Verbs and auxiliaries after which "ce dernier" / "the latter" has been the subject; a stake kept or sold ("The
 * latter keeps a 20% stake and remains chairman") as well as "conserve".
 */
export const AFTER_LATTER = words(`
  a avait est était sera a-t-il ont détient contrôle possède is was has had will would 's said says owns holds
  bought sold took agreed buys sells takes competes
  vient venait conserve conservera dirige emploie compte réalise prévoit doit devra entend
  préside présidait reste demeure chairs runs heads remains
  keeps retains garde cède vend
`);
/**
 * Trade nouns that stand for the company in a descriptor with no name ("le grossiste niortais", "the Swedish
 * insurer", "l'industriel haut-savoyard"); not investors, clients or rivals, which are other parties.
 */
export const TRADE_NOUNS = words(`
  grossiste industriel logisticien éditeur fabricant distributeur spécialiste assureur courtier opérateur
  constructeur prestataire outsourceur fournisseur transporteur laboratoire brasseur chimiste sidérurgiste
  équipementier imprimeur négociant chausseur opticien promoteur énergéticien développeur
  insurer retailer maker manufacturer lender operator carrier publisher developer provider supplier
  distributor outsourcer specialist grocer brewer miner airline utility producer wholesaler broker
`);
/** Cue words of a person's role that tie the person to the company named beside them (the speaker's company). */
export const SPEAKER_ROLE_WORDS = words(`
  associé associée partner runs dirige dirigeant dirigeante fondateur fondatrice cofondateur cofondatrice
  co-founder founder cofounder heads leads gérant gérante
`);

/** Words right before the name of a company a deal creates: "donnera naissance à X", "baptisé X", "appelé X". */
export const BIRTH_WORDS = words(`naissance baptisé baptisée appelé appelée nommé nommée dénommé called`);
