/** Words that make a phrase point back at a company named earlier (read by units.ts). */

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
]);
export const ANAPHOR_DETERMINERS = new Set(['the', 'la', 'le', "l'"]);
/** English determiners: no qualifier stands between an English noun and a name it introduces. */
export const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an']);
/**
 * French verbs of a fact that may follow "la société", "le groupe" ("la société rachète X"): such a word makes the
 * noun phrase the subject pointing back, not a cue before the name (where an adjective would stand).
 */
export const FR_VERBS_AFTER_SUBJECT = new Set([
  'rachète',
  'rachètent',
  'acquiert',
  'reprend',
  'absorbe',
  'avale',
  'rafle',
  'cède',
  'vend',
  'concurrence',
  'affronte',
  'devance',
  'talonne',
  'défie',
  'dépasse',
  'détrône',
  'rejoint',
  'fusionne',
  'soutient',
  'finance',
  'épaule',
  'accompagne',
  'contrôle',
  'détient',
  'possède',
  'emploie',
  'nomme',
  'recrute',
  'lance',
  'signe',
  'boucle',
  'finalise',
  'annonce',
  'acquérait',
  'rachetait',
]);
/** "the two companies", "les deux sociétés", "both groups": the last two companies named together. */
export const PAIR_OPENERS = new Set(['two', 'deux', 'both']);
export const PLURAL_ANAPHOR_NOUNS = new Set([
  'companies',
  'firms',
  'groups',
  'sociétés',
  'groupes',
  'entreprises',
  'start-up',
  'start-ups',
  'startups',
]);
export const PLURAL_PRONOUNS = new Set(['ils', 'they']);
/** "ces trois acteurs", "these players", "ce trio": the last list of companies named together. */
export const LIST_DEMONSTRATIVES = new Set(['ces', 'these', 'those', 'ce', 'this', 'cet']);
export const LIST_NOUNS = new Set([
  'acteurs',
  'players',
  'rivals',
  'rivaux',
  'concurrents',
  'competitors',
  'groupes',
  'groups',
  'companies',
  'sociétés',
  'entreprises',
  'leaders',
  'trio',
  'duo',
]);
/** Number words allowed between the demonstrative and the noun ("ces trois acteurs", "these three players"). */
export const SMALL_NUMBERS = new Set(['deux', 'trois', 'quatre', 'cinq', 'two', 'three', 'four', 'five']);
/** "…, where it vies with X", "as it competes with X": subordinators after which "it" is still the company. */
export const SUBORDINATORS_BEFORE_IT = new Set([
  'where',
  'as',
  'while',
  'because',
  'since',
  'after',
  'and',
  'but',
]);
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
/** "Il y a", "il faut", "il s'agit", "il est prévu": the impersonal "il", no company. */
export const IMPERSONAL_FOLLOWERS_FR = new Set([
  'y',
  'faut',
  'fallait',
  'faudra',
  "s'",
  'semble',
  'paraît',
  'convient',
  'reste',
  'est',
  'était',
  'sera',
  'serait',
  'existe',
]);
/** "It is expected …", "It's unclear …": an expletive, not a company. */
export const EXPLETIVE_FOLLOWERS = new Set([
  'is',
  'was',
  "'s",
  'would',
  'will',
  'remains',
  'seems',
  'appears',
]);
/** "It was founded by …", "It is led by …": after these the pronoun is the company again, not an expletive. */
export const FACT_PARTICIPLES = new Set([
  'founded',
  'co-founded',
  'cofounded',
  'established',
  'started',
  'created',
  'led',
  'run',
  'headed',
  'chaired',
  'backed',
  'acquired',
  'bought',
  'owned',
]);
export const POSSESSIVES = new Set(['son', 'sa', 'ses', 'its', 'leur']);
/**
 * "Sa croissance est soutenue par X", "Its expansion is backed by X": a company's own growth or capital opening
 * the sentence stands for the company in the facts told of it.
 */
export const COMPANY_ATTRIBUTES = new Set([
  'croissance',
  'développement',
  'expansion',
  'capital',
  'growth',
  'activité',
]);
export const LEADER_TITLE_WORDS = new Set([
  'pdg',
  'p-dg',
  'président',
  'présidente',
  'directeur',
  'directrice',
  'patron',
  'patronne',
  'dg',
  'chief',
  'ceo',
  'chairman',
  'chairwoman',
  'president',
  'head',
  'boss',
  'managing',
]);
/** "its founder Ryan Mitchell", "aux côtés de ses fondateurs": the possessive names the nearest company before. */
export const FOUNDER_WORDS = new Set([
  'founder',
  'co-founder',
  'cofounder',
  'fondateur',
  'fondatrice',
  'cofondateur',
  'cofondatrice',
  'cofondateurs',
  'fondateurs',
]);
/** Rivalry nouns stay words: rules read them ("Movira's rival Caminito"). */
export const RIVAL_NOUNS = new Set([
  'rival',
  'rivals',
  'rivaux',
  'competitor',
  'competitors',
  'concurrent',
  'concurrents',
  'leader',
  'leaders',
  'numéro',
]);
