import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse';
import { isPublicBodyName } from './public-body-side';

/**
 * The names "celle-ci", "ce dernier", "the latter" may stand for. A court, a region or a regulator named last
 * ("… un incubateur financé par la Région X. Celle-ci a été cédée à Z", "l'aval de la Commission européenne.
 * Celle-ci cédera …") is a bystander the story's companies deal with, never the company the pointer picks up, so it
 * is left out. When the sentence before names no candidate at all ("Le montant n'a pas été dévoilé. Cette dernière,
 * dirigée par P, …"), the pointer reaches back one more sentence — no further: a longer gap leaves it unresolved.
 */
export function latterCandidates(
  here: readonly number[],
  previous: readonly number[],
  state: DiscourseState,
  index: EntityIndex,
): number[] {
  if (here.length > 0) return withoutPublicBodies(here, index);
  const last = withoutPublicBodies(previous, index);
  return last.length > 0 ? last : withoutPublicBodies(state.namedBefore, index);
}

/** `names` without the courts, regions and regulators among them (the pointer's bystanders). */
export function withoutPublicBodies(names: readonly number[], index: EntityIndex): number[] {
  return names.filter((e) => !isPublicBodyName(index, e));
}
