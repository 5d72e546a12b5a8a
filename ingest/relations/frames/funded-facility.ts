import type { Unit } from '../pattern';
import { isTok } from './funded-clause';
import { hasWord } from './funded-giver';

/**
 * Money put into a building of the investor's own: "investing 40 million francs in a new research centre in
 * Uzwil", "investit 5 M€ dans une nouvelle usine à Gidy". A name after such a noun is where the site stands, not a
 * company funded (PHRASEBOOK: a company investing in its own plant or in a country is no FUNDED).
 */

/** Nouns of a site a company builds or runs. */
const FACILITY_NOUN =
  /^(plant|plants|factory|factories|site|sites|centre|center|centres|centers|campus|hub|hubs|warehouse|warehouses|facility|facilities|office|offices|headquarters|lab|labs|laboratory|mill|mills|refinery|depot|depots|store|stores|usine|usines|entrepôt|entrepôts|centrale|centrales|siège|bureaux|laboratoire|laboratoires|magasin|magasins|plateforme|raffinerie|dépôt|dépôts)$/u;

/** Prepositions of where a site stands ("in Uzwil", "à Gidy"). */
const PLACE_PREPOSITION = /^(in|at|near|outside|à|en|près|au)$/u;

/**
 * Whether the name at `to` is the place of a site noun told after the backing verb (`from`): "a new centre in
 * Uzwil". A described company ("le laboratoire d'analyses Biolane") has no place preposition before its name.
 */
export function facilityBefore(units: Unit[], from: number, to: number): boolean {
  return isTok(units, to - 1, PLACE_PREPOSITION) && hasWord(units, from, to - 1, FACILITY_NOUN);
}
