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
]);
export const ANAPHOR_DETERMINERS = new Set(['the', 'la', 'le', "l'"]);
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
