import type { Unit } from './pattern';

/** Participles whose agent an apposition names ("présidé par P", "led by P", "run by P"). */
const AGENT_PARTICIPLE = /^(\p{L}+(é|ée|és|ées|ed)|run)$/u;
const AGENT_PREPOSITIONS = new Set(['par', 'by']);
/** Most words between the apposition's comma and its participle ("…, lui-même présidé par P,"). */
const MAX_WORDS_BEFORE_PARTICIPLE = 2;

/**
 * "Le négociant, présidé par P, a racheté …": a person named as the agent inside a comma-enclosed apposition
 * qualifies the subject and does not compete with it for a later "il"/"elle" — the sentence is still the company's.
 */
export function isApposedAgent(units: Unit[], k: number): boolean {
  const closes = units[k + 1];
  if (closes?.kind !== 'tok' || closes.token.text !== ',') return false;
  const by = units[k - 1];
  const participle = units[k - 2];
  if (by?.kind !== 'tok' || !AGENT_PREPOSITIONS.has(by.token.lower)) return false;
  if (participle?.kind !== 'tok' || !AGENT_PARTICIPLE.test(participle.token.lower)) return false;
  for (let j = k - 3; j >= 0 && j >= k - 3 - MAX_WORDS_BEFORE_PARTICIPLE; j--) {
    const u = units[j];
    if (u.kind !== 'tok') return false;
    if (u.token.text === ',') return units.slice(0, j).some((x) => x.kind === 'ent' && x.orgs);
  }
  return false;
}

/** French subject pronouns and the gender they take. */
const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([
  ['il', 'm'],
  ['elle', 'f'],
]);

/**
 * The gender the participle of the sentence's apposed agent gives its company ("dirigé par" m, "dirigée par" f),
 * or null when no person stands in such an apposition (or the participle is English).
 */
export function apposedAgentGender(units: Unit[]): 'm' | 'f' | null {
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || u.orgs || !isApposedAgent(units, k)) continue;
    const participle = units[k - 2];
    if (participle.kind !== 'tok') return null;
    if (/ées?$/.test(participle.token.lower)) return 'f';
    return /és?$/.test(participle.token.lower) ? 'm' : null;
  }
  return null;
}

/**
 * "Belvane, dirigé par Claire Morvan, … Elle a racheté X": after an apposed agent, "il"/"elle" is the company
 * only when it agrees with the participle the company took; otherwise it is as likely the person.
 */
export function pronounAgrees(pronoun: string, agentGender: 'm' | 'f' | null | 'none'): boolean {
  if (agentGender === 'none') return true;
  return agentGender !== null && PRONOUN_GENDER.get(pronoun) === agentGender;
}
