import type { EntityIndex } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';

/**
 * "Skyhaul was founded in 2015 by Dana Whitcomb and Rafael Ortiz. Whitcomb, the company's chief executive, …",
 * "Opalys a été créée par Julien Morvan. Morvan, son président, …": a person opening the sentence, named in the
 * sentence before after that sentence's first company, is told of as that company's; the pointer in the apposition
 * after the person ("its", "the company's", "son", "la société") is that company, not the article's most salient one
 * (the buyer of a takeover story, which the person does not run). When that sentence opened on a pointer ("The firm,
 * founded by former BBC producers P and Q"), the pointed company is it. A previous sentence naming no company before
 * the person, or a person not named there, leaves the pointer to the other readings.
 */

/** The person unit and the comma: the apposition opens right after them. */
const APPOSITION_OPENING_UNITS = 2;

/** The company the apposed pointer stands for, or null. */
export function apposedPersonOwner(
  units: readonly Unit[],
  state: DiscourseState,
  index: EntityIndex,
): number | null {
  if (units.length !== APPOSITION_OPENING_UNITS) return null;
  const [person, comma] = units;
  if (person.kind !== 'ent' || !person.persons || person.anaphor || person.ents.length !== 1) return null;
  if (comma.kind !== 'tok' || comma.token.text !== ',') return null;
  const named = state.previousNamed;
  const at = named.indexOf(person.ents[0]);
  if (at < 0) return null;
  // "The firm, founded in 2020 by former BBC producers P and Q": the company the sentence pointed at is its
  // subject, the names beside the person are past employers
  if (state.previousPointed.length > 0) return state.previousPointed[0];
  const before = named.slice(0, at).filter((e) => index.entities[e].type === 'Organization');
  return before.length > 0 ? before[0] : null;
}
