import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { COMPANY_SUBJECT_VERB } from './anaphor-words';
import { subjectOrgOpening } from './paragraph-topic';
import { isOblique } from './syntax';

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
  // "Il vient ainsi concurrencer X", "Elle vient désormais bousculer Y"
  'ainsi',
  'désormais',
  'donc',
  "aujourd'hui",
  'toujours',
  // "Elle se positionne face à X", "Il entend concurrencer X", "Elle est en concurrence avec X"
  'se',
  "s'",
  'en',
  'entend',
  'veut',
  'compte',
]);

/** "Elle est aujourd'hui dirigée par P": participles only a company is the passive subject of. */
const COMPANY_PASSIVE = /^(dirigée?s?|détenue?s?|contrôlée?s?|présidée?s?|cotée?s?|valorisée?s?)$/;
const PASSIVE_AUXILIARIES = new Set(['est', 'était', 'sera', 'serait', 'été']);

/**
 * A verb only a company is the subject of starts at `from`, after at most two helpers ("a déjà racheté"); `verb`
 * may name another family of verbs (anaphora-deal-pronoun.ts).
 */
export function companyVerbAt(tokens: Token[], from: number, verb: RegExp = COMPANY_SUBJECT_VERB): boolean {
  let passive = false;
  for (let k = from; k < tokens.length && k <= from + MAX_HELPERS_BEFORE_VERB; k++) {
    const w = tokens[k].lower;
    if (verb.test(w) || (passive && COMPANY_PASSIVE.test(w))) return true;
    if (PASSIVE_AUXILIARIES.has(w)) passive = true;
    else if (!VERB_HELPERS.has(w)) return false;
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
  // "Fondée en 1987 par P, la société emploie …": a person after "par" in a fronted phrase is its agent, and the
  // company after the comma is the subject
  if (u?.kind === 'ent' && u.persons)
    return foundedObject(units, first) ?? (isOblique(units, first) ? frontedCompany(units, first) : null);
  if (!u || u.kind !== 'ent' || !u.orgs) return null;
  // "Créée à Quimper par P, la société …": a place after "à" in the fronted phrase is no subject either
  const subject = subjectOrgOpening(units.filter((x) => x.kind !== 'ent' || x.orgs));
  return subject ?? (isOblique(units, first) ? frontedCompany(units, first) : null);
}

/** Founding verbs whose object is the company the founder started ("P a fondé l'entreprise en 2021"). */
const FOUNDING_VERB =
  /^(fondé|cofondé|co-fondé|créé|cocréé|founded|co-founded|cofounded|started|launched|lancé)$/;
/** Most words between the founding verb and its object ("a fondé en 2021 la société", "founded the company"). */
const MAX_WORDS_BEFORE_OBJECT = 3;

/**
 * "P a fondé l'entreprise en 2021. Elle rivalise avec X": after a person founded a company, a pronoun before a
 * verb only a company takes is the company founded — the only organisation right after the founding verb.
 */
function foundedObject(units: Unit[], person: number): number | null {
  const verb = units.findIndex((u, k) => k > person && u.kind === 'tok' && FOUNDING_VERB.test(u.token.lower));
  if (verb < 0) return null;
  for (let k = verb + 1; k < units.length && k <= verb + 1 + MAX_WORDS_BEFORE_OBJECT; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      // a side party ("chez X", "at X") is where the founder worked, no rival antecedent
      const others = units.some((x, j) => j !== k && x.kind === 'ent' && x.orgs && !isOblique(units, j));
      return u.orgs && u.ents.length === 1 && !others ? u.ents[0] : null;
    }
    if (u.token.kind !== 'word') return null;
  }
  return null;
}

/** The company opening the clause after the fronted phrase that holds unit `person`, or null. */
function frontedCompany(units: Unit[], person: number): number | null {
  const comma = units.findIndex((u, k) => k > person && u.kind === 'tok' && u.token.text === ',');
  // "Fondé par P et Q, l'éditeur …": more founders may stand in the fronted phrase, no company
  if (comma < 0 || units.slice(person + 1, comma).some((u) => u.kind === 'ent' && u.orgs)) return null;
  // "…, la marque de cosmétiques Savonia passe …": the first company after the comma, unless after a preposition
  const k = units.findIndex((u, j) => j > comma && u.kind === 'ent');
  const next = units[k];
  return next?.kind === 'ent' && next.orgs && next.ents.length === 1 && !isOblique(units, k)
    ? next.ents[0]
    : null;
}
