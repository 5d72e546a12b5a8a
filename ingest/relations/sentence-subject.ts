import type { Unit } from './pattern';
import { isApposedAgent } from './apposed-agent';
import { frontedAgentSubject } from './anaphora-fronted-agent';

// The organisation a sentence is about (called from discourse.ts): the first one named that is no example, no wire
// service in brackets, no possessor of the noun its subject is apposed to; none when a person is named.

/**
 * A name standing alone in brackets: a dateline's wire service ("OSLO, June 3 (Reuters) - X said …") or a ticker
 * note, never the party a sentence is about.
 */
export function isBracketed(units: Unit[], i: number): boolean {
  const before = units[i - 1];
  const after = units[i + 1];
  return (
    before?.kind === 'tok' && before.token.text === '(' && after?.kind === 'tok' && after.token.text === ')'
  );
}

/** An organisation said by its name here: no pointer, no common word, no agency in a dateline's brackets. */
export function isNamedOrganisation(units: Unit[], i: number): boolean {
  const u = units[i];
  return u.kind === 'ent' && u.orgs && !u.anaphor && u.word === undefined && !isBracketed(units, i);
}

/** The first organisation named that is not given as an example (nor listed after one), or -1. */
export function firstSubject(units: Unit[], examples: Set<number>): number {
  const first = units.findIndex((_u, i) => isNamedOrganisation(units, i) && !examples.has(i));
  // "Meridale's larger rival, Crestway, has taken …": the possessor qualifies the noun; the name apposed is the subject
  if (first < 0 || !isPossessorName(units, first)) return first;
  const apposed = units.findIndex((_u, i) => i > first && isNamedOrganisation(units, i) && !examples.has(i));
  return apposed >= 0 && isApposedToPossessed(units, first, apposed) ? apposed : first;
}

/** "Meridale's", "Meridale’s": a name followed by the English possessive. */
export function isPossessorName(units: Unit[], i: number): boolean {
  const next = units[i + 1];
  return next?.kind === 'tok' && (next.token.lower === "'s" || next.token.lower === '’s');
}

/** Most words of the possessed noun phrase before its apposition's comma ("'s larger rival ,"). */
const MAX_POSSESSED_WORDS = 4;

/** "X's larger rival, Y,": Y stands right after the comma closing the noun X possesses. */
function isApposedToPossessed(units: Unit[], possessor: number, apposed: number): boolean {
  const comma = units[apposed - 1];
  if (comma?.kind !== 'tok' || comma.token.text !== ',' || apposed - possessor - 2 > MAX_POSSESSED_WORDS + 1)
    return false;
  return units.slice(possessor + 2, apposed - 1).every((u) => u.kind === 'tok' && u.token.kind === 'word');
}

/** The first party of the sentence when it is an organisation (named or pointed at) and no person is named. */
export function subjectOrgWithoutPerson(units: Unit[], examples: Set<number>): number | null {
  // "Créée en 2020 par P, la jeune pousse …": the founders a fronted participle names are not the subject
  const at = frontedAgentSubject(units);
  const fronted = units[at];
  if (fronted?.kind === 'ent')
    return units.slice(at).some((u) => u.kind === 'ent' && !u.orgs) ? null : fronted.ents[0];
  if (units.some((u, k) => u.kind === 'ent' && !u.orgs && !isApposedAgent(units, k))) return null;
  // a lone capitalised opening word ("Nouvelle levée pour X") and a fronted example ("Face à des rivaux comme
  // A, X …") are no subject
  const k = units.findIndex(
    (u, i) => u.kind === 'ent' && u.word === undefined && !examples.has(i) && !isBracketed(units, i),
  );
  const first = units[k];
  if (!first || first.kind !== 'ent' || !first.orgs) return null;
  const subject = isNamedOrganisation(units, k) ? firstSubject(units, examples) : k;
  const u = units[subject];
  return u?.kind === 'ent' && u.orgs && subject !== k ? u.ents[0] : first.ents[0];
}
