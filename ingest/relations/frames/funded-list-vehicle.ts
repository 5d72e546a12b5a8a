import type { Unit } from '../pattern';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "aux côtés de Bpifrance, via son fonds Ecotechnologies, et d'Unigrains", "alongside Bpifrance, through its fund
 * Large Venture, and Partech": an investor's vehicle told between commas after a list member is the member's own
 * money (`funded-folded-vehicle.ts` folds it in), not the list's end — the list goes on after the closing comma.
 */

const VEHICLE_OPENERS = new Set(['via', 'through']);
const OWN_WORDS = new Set(['son', 'sa', 'ses', 'its', 'their', 'leur', 'leurs']);
const VEHICLE_NOUNS = new Set(['fonds', 'fund', 'véhicule', 'vehicle', 'funds']);
/** Most units from the vehicle opener to the comma closing the phrase ("via son fonds de capital-risque X"). */
const MAX_VEHICLE_UNITS = 9;
const CONJUNCTIONS = new Set(['et', 'and', 'ainsi']);

/** The index of the conjunction after a vehicle phrase opening at the comma `from`, else `from`. */
export function afterMemberVehicle(units: Unit[], from: number): number {
  if (wordAt(units, from) !== ',' || !VEHICLE_OPENERS.has(wordAt(units, from + 1) ?? '')) return from;
  // "via son fonds V" is mostly one unit already (its possessive and noun folded into the name)
  const folded = units[from + 2]?.kind === 'ent' && wordAt(units, from + 3) === ',';
  const told =
    OWN_WORDS.has(wordAt(units, from + 2) ?? '') && VEHICLE_NOUNS.has(wordAt(units, from + 3) ?? '');
  if (!folded && !told) return from;
  for (let k = from + 3; k < units.length && k - from <= MAX_VEHICLE_UNITS; k++) {
    const w = wordAt(units, k);
    // the list goes on from the conjunction: ", et d'C" would be one join word too many from the comma
    if (w === ',') return CONJUNCTIONS.has(wordAt(units, k + 1) ?? '') ? k + 1 : from;
    if (w !== null && /^[;:.()«»"]$/.test(w)) return from;
  }
  return from;
}
