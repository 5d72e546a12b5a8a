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
