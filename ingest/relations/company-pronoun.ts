import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { COMPANY_SUBJECT_VERB } from './anaphor-words';
import { subjectOrgOpening } from './paragraph-topic';

/**
 * French "il"/"elle" opening a sentence after one that named a person as well as a company: before a verb only a
 * company takes ("Elle affronte X", "Il a racheté Y") the pronoun is that company, not the person.
 */
/** Most auxiliaries and adverbs between "elle" and its verb ("elle a déjà racheté"). */
const MAX_HELPERS_BEFORE_VERB = 2;
const VERB_HELPERS = new Set([
  'a',
  'avait',
  'aura',
  'va',
  'vient',
  'de',
  "d'",
  'déjà',
  'aussi',
  'également',
  'notamment',
]);

/** A verb only a company is the subject of starts at `from`, after at most two helpers ("a déjà racheté"). */
export function companyVerbAt(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + MAX_HELPERS_BEFORE_VERB; k++) {
    if (COMPANY_SUBJECT_VERB.test(tokens[k].lower)) return true;
    if (!VERB_HELPERS.has(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * The sentence's company subject when a person is named only after it ("La medtech avait été créée par P, son
 * PDG"): the subject read as subjectOrgOpening reads it, the persons after it set aside.
 */
export function companySubjectIgnoringPersons(units: Unit[]): number | null {
  const first = units.findIndex((u) => u.kind === 'ent' && u.word === undefined);
  const u = units[first];
  if (!u || u.kind !== 'ent' || !u.orgs) return null;
  return subjectOrgOpening(units.filter((x) => x.kind !== 'ent' || x.orgs));
}
