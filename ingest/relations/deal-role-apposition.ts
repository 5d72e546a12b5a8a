import type { Unit } from './pattern';

/**
 * The press often names a deal's other party by its standing towards the subject first and by its name second, in
 * apposition: "sold its 49% stake in Y to its partner, state-owned Z", "cède sa filiale Y à son partenaire de longue
 * date, l'assureur Z", "auprès de son actionnaire historique, la coopérative Z", "souscrite par son actionnaire de
 * référence, Z". Without the role phrase every deal rule reads "to Z" / "à Z"; with it, the comma ends the rule's
 * gap and the party is lost, or a later name is taken instead. The phrase is a shape (preposition, possessive, a
 * role noun, a comma, a name), not a wording: once read, the possessive and role noun are dropped from the units the
 * rules see, so "to its partner, Z" reads as "to Z" whatever the deal verb. The name keeps its own descriptor
 * ("Dutch logistics group Z", "l'assureur Z"), which the rules already step over.
 */

/** Prepositions that bring in a deal's other party: buyer, seller, lender, subscriber. */
const PARTY_PREPOSITIONS = new Set(['to', 'from', 'by', 'à', 'par']);
/** "auprès de / d'": the French seller's or lender's preposition, in two words. */
const AUPRES = 'auprès';
const AUPRES_DE = new Set(['de', "d'"]);
const POSSESSIVES = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
/**
 * Standings of one company towards another that a deal's party is introduced by. Founders and staff are left out:
 * they name people, whose deals the person readers handle.
 */
const ROLE_NOUN =
  /^(partners?|shareholders?|co-owners?|owners?|parent|investors?|co-investors?|backers?|partenaires?|actionnaires?|coactionnaires?|co-actionnaires?|propriétaires?|investisseurs?|associés?)$/;
/** Words the role phrase may hold around its noun ("its longtime joint-venture partner", "son actionnaire de référence"). */
const MAX_ROLE_PHRASE_WORDS = 6;
/** Words of a descriptor allowed between the comma and the name ("l'assureur", "Abu Dhabi fund"). */
const MAX_DESCRIPTOR_WORDS = 4;
/** A descriptor ends at punctuation or a clause opener: past it, the name is no longer the apposed one. */
const DESCRIPTOR_STOP = /^([,;:()«»"“”]|which|who|that|qui|que|dont|and|et|or|ou)$/;

function lowerAt(units: Unit[], i: number): string | null {
  const u = units[i];
  return u && u.kind === 'tok' ? u.token.lower : null;
}

/** Index of the possessive when a party preposition ends at `i - 1`, else -1. */
function possessiveAfterPreposition(units: Unit[], i: number): number {
  const w = lowerAt(units, i);
  if (w === null) return -1;
  if (PARTY_PREPOSITIONS.has(w)) return POSSESSIVES.has(lowerAt(units, i + 1) ?? '') ? i + 1 : -1;
  if (w === AUPRES && AUPRES_DE.has(lowerAt(units, i + 1) ?? ''))
    return POSSESSIVES.has(lowerAt(units, i + 2) ?? '') ? i + 2 : -1;
  return -1;
}

/** Index of the comma closing a role phrase opened by the possessive at `p`, or -1. */
function roleCommaAfter(units: Unit[], p: number): number {
  let sawRole = false;
  for (let k = p + 1; k <= p + MAX_ROLE_PHRASE_WORDS && k < units.length; k++) {
    const w = lowerAt(units, k);
    if (w === null) return -1;
    if (w === ',') return sawRole ? k : -1;
    if (DESCRIPTOR_STOP.test(w)) return -1;
    if (ROLE_NOUN.test(w)) sawRole = true;
  }
  return -1;
}

/** Whether a named organisation follows the comma at `c`, after at most a short descriptor. */
function namedOrgAfter(units: Unit[], c: number): boolean {
  for (let k = c + 1; k <= c + 1 + MAX_DESCRIPTOR_WORDS && k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && !u.anaphor;
    if (DESCRIPTOR_STOP.test(u.token.lower)) return false;
  }
  return false;
}

/** The units with each "its <role>," standing between a party preposition and a named organisation taken out. */
export function withoutRoleAppositions(units: Unit[]): Unit[] {
  let dropped: Set<number> | null = null;
  for (let i = 0; i < units.length; i++) {
    const p = possessiveAfterPreposition(units, i);
    if (p < 0) continue;
    const c = roleCommaAfter(units, p);
    if (c < 0 || !namedOrgAfter(units, c)) continue;
    dropped ??= new Set<number>();
    for (let k = p; k <= c; k++) dropped.add(k);
  }
  return dropped === null ? units : units.filter((_, i) => !dropped.has(i));
}
