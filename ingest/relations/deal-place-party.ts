import type { ExtractedRelation } from '../types';
import { NATIONALITIES } from '../entities/lexicon-common';
import { isKnownCountry, isKnownPlace } from '../entities/world-lexicon';

/**
 * Wire copy names governments by their capital or their people: "obstacles to another subsidy offer to Moscow",
 * "a wheat subsidy to the Soviets", "Tokyo pressed Washington". When the entity pass keeps such a name as an
 * organisation, the deal readers take it for a party. GOLD-FORMAT counts companies and investors, never a country,
 * a city or a nation, so a company fact whose party is only a place's or a people's name is dropped.
 */
const COMPANY_FACTS = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH', 'COMPETES_WITH']);
/** Peoples the lexicons lack, as wire copy writes them for their governments. */
const PEOPLES = new Set(['soviets', 'soviet union', 'ussr', 'russians', 'americans', 'chinese', 'japanese']);

const bare = (name: string): string => name.toLowerCase().replace(/^the /u, '');

/** Whether a party's whole name is a people ("the Soviets", "Iranians"). */
export function isPeople(name: string): boolean {
  const lower = bare(name);
  return (
    PEOPLES.has(lower) ||
    NATIONALITIES.has(lower) ||
    (lower.endsWith('s') && NATIONALITIES.has(lower.slice(0, -1)))
  );
}

/** Whether a party's whole name is a place or a people, not a firm named after one ("Boston Scientific"). */
export function isPlaceOrPeople(name: string): boolean {
  const lower = bare(name);
  return isPeople(name) || isKnownCountry(lower) || isKnownPlace(lower);
}

/**
 * Whether a fact has a place or a people as a party. A place bought stays: the wire keys hold "acquired a shrimp
 * packing plant in Ecuador" as the purchase of Ecuador's unnamed business (see entities/country-names.ts).
 */
function hasPlaceParty(r: ExtractedRelation): boolean {
  if (!COMPANY_FACTS.has(r.type)) return false;
  if (r.type === 'ACQUIRED' || r.type === 'FUNDED') return isPlaceOrPeople(r.source) || isPeople(r.target);
  return isPlaceOrPeople(r.source) || isPlaceOrPeople(r.target);
}

/** The company facts with no place or people as a party (but a place bought). */
export function withoutPlaceParties(relations: ExtractedRelation[]): ExtractedRelation[] {
  return relations.filter((r) => !hasPlaceParty(r));
}
