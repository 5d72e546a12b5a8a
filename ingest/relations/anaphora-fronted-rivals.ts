import type { Token } from '../tokens';

/**
 * "Face à A et B, qui dominent le marché, le cartonnier choletais mise sur …", "Facing A and B, the Lyon-based
 * maker is betting on …": a sentence opening on the rivals its subject faces. The rivals named there are the
 * objects of the fronted phrase, never the subject of the main clause, so a pointer after the comma ("la PME",
 * "le fabricant breton") stands for the company the article is about, as after a fronted founding phrase.
 */

/** The words a fronted rivalry phrase opens on: "Face à/au/aux", "Confrontée à", "Facing". */
export const FRONTED_RIVALS_START_WORDS: ReadonlySet<string> = new Set([
  'face',
  'confronté',
  'confrontée',
  'confrontés',
  'confrontées',
  'facing',
]);
/** The preposition after the French opener ("Face à", "Confronté aux"); English "Facing" takes its object bare. */
const TO_FR = new Set(['à', 'au', 'aux']);

/** The sentence opens on a phrase naming the rivals its subject faces. */
export function opensOnFrontedRivals(tokens: Token[]): boolean {
  const first = tokens[0]?.lower;
  if (first === undefined || !FRONTED_RIVALS_START_WORDS.has(first)) return false;
  return first === 'facing' || TO_FR.has(tokens[1]?.lower ?? '');
}
