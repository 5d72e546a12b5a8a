import type { Token } from '../tokens';

/**
 * "Latin America", "Sub-Saharan Africa", "Eastern Europe", "Central Asia": a qualifier and a continent name a
 * world region, which trade copy lists beside companies' markets ("routes between Europe and Latin America").
 * Only the two-word shape is read, so that a firm named after a region ("Latin America Ventures") keeps its name.
 */

/** Continents, English and French, as the second word of a region name. */
const CONTINENTS = new Set(['africa', 'america', 'americas', 'asia', 'europe', 'oceania', 'east']);
/** Words that qualify a continent into a region; "east" pairs with "middle"/"far" ("Middle East"). */
const REGION_QUALIFIERS = new Set([
  'latin',
  'sub-saharan',
  'central',
  'eastern',
  'western',
  'northern',
  'southern',
  'north',
  'south',
  'east',
  'west',
  'southeast',
  'south-east',
  'northeast',
  'north-east',
  'middle',
  'far',
  'emerging',
  'continental',
]);

/** True when the candidate [from, to) is exactly "<region qualifier> <continent>". */
export function isRegionName(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const [q, c] = [tokens[from], tokens[from + 1]];
  if (!/^\p{Lu}/u.test(c.text)) return false;
  if (c.lower === 'east' && q.lower !== 'middle' && q.lower !== 'far') return false;
  return REGION_QUALIFIERS.has(q.lower) && CONTINENTS.has(c.lower);
}
