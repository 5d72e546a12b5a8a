/** Role words: who leads a company, and who merely works for it. Lower case. */

/** Titles that make a person the leader of the organisation named after them. */
export const LEADER_ROLES_FR = [
  'p-dg', 'pdg', 'président-directeur général', 'président directeur général', 'président du directoire',
  'président du conseil d\'administration', 'président exécutif', 'président', 'présidente', 'directeur général',
  'directrice générale', 'dg', 'patron', 'patronne', 'gérant', 'gérante', 'administrateur délégué', 'ceo',
];
export const LEADER_ROLES_EN = [
  'chief executive officer', 'chief executive', 'ceo', 'chairman and chief executive', 'chairman', 'chairwoman',
  'president and chief executive', 'president', 'managing director', 'head', 'boss', 'chief', 'founder and ceo',
  'executive chairman', 'co-chief executive',
];

/** Prefixes that turn a leader title into a subordinate one ("vice-président", "deputy chairman"). */
export const SUBORDINATE_PREFIXES = new Set(['vice', 'vice-président', 'vice-présidente', 'vice-president', 'deputy', 'adjoint', 'adjointe', 'senior', 'executive vice', 'assistant']);

/** Titles and honorifics that precede a person's name. */
export const PERSON_TITLES = new Set([
  'm', 'm.', 'mm', 'mm.', 'mme', 'mlle', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lord',
  'maître', 'me', 'monsieur', 'madame', 'prof', 'professor', 'professeur',
]);

/** Capitalised words that are job titles, never names ("Chief Executive John Smith"). */
export const ROLE_WORDS = new Set([
  'chief', 'executive', 'officer', 'president', 'chairman', 'chairwoman', 'director', 'manager', 'managing',
  'vice', 'spokesman', 'spokeswoman', 'analyst', 'founder', 'co-founder', 'ceo', 'cfo', 'président',
  'présidente', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'cofondateur', 'co-fondateur', 'patron',
  'secretary', 'treasurer', 'minister', 'ministre', 'governor', 'senator', 'partner', 'associé', 'investor',
  'head', 'deputy', 'pdg', 'p-dg', 'dg', 'financier', 'billionaire', 'milliardaire', 'entrepreneur', 'banker',
]);
