import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * How far the object of a sale runs before the buyer's "to/à" in wire copy. A business sold unnamed is described
 * where it stands ("its Sunrise, Fla., branch", "its water properties serving 8,000 customers in four Kansas
 * communities", "three of its units which served the railroad industry"): the place's abbreviation dot is no
 * sentence end, and a relative or participle clause describing the thing sold makes the object longer than the
 * plain window allows, while the buyer still follows it.
 */

/** US state and Canadian province abbreviations that a wire story writes between commas after a town. */
const REGION_ABBREVIATIONS =
  /^(ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|va|vt|wash|wis|wyo|ont|que|alta|sask|man|n\.y|n\.j|n\.h|n\.m|n\.c|n\.d|s\.c|s\.d|r\.i|w\.va|b\.c|n\.s)\.?$/u;

/**
 * ", Fla.," at `k` (the comma before the abbreviation): the index of the comma closing the place, or -1. The
 * tokenizer may keep the dot on the abbreviation ("N.Y.") or split it off ("Fla" "."), so both are read.
 */
export function wirePlaceEnd(units: Unit[], k: number): number {
  if (wordAt(units, k) !== ',' || !REGION_ABBREVIATIONS.test(wordAt(units, k + 1))) return -1;
  // the abbreviation's dot and its capital keep a French ", la ," or a plain word out
  const abbreviation = units[k + 1];
  if (abbreviation.kind !== 'tok' || !/^\p{Lu}/u.test(abbreviation.token.text)) return -1;
  const dotted = wordAt(units, k + 2) === '.';
  if (!dotted && !abbreviation.token.text.endsWith('.')) return -1;
  const close = dotted ? k + 3 : k + 2;
  return wordAt(units, close) === ',' ? close : -1;
}

/** Relative pronouns that open a clause describing the thing sold. */
const RELATIVE_OPENERS = /^(which|that|qui|dont)$/u;
/** An English present participle ("serving", "operating"): a reduced relative describing the thing sold. */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Participles that tell the sale itself, not the thing sold: the window must not grow on them. */
const NOT_DESCRIBING = /^(including|excluding|pending|following|during|according|being|having)$/u;

/** Whether the word at `k` opens a clause describing an unnamed thing sold just before it. */
export function opensSoldDescription(units: Unit[], k: number): boolean {
  const w = wordAt(units, k);
  if (RELATIVE_OPENERS.test(w)) return true;
  return PARTICIPLE.test(w) && !NOT_DESCRIBING.test(w);
}

/** Nouns of a business of the seller: an unnamed thing sold by a noun of sale must be one. */
const BUSINESS_NOUNS =
  /^(filiale|division|activité|activités|branche|pôle|métier|unité|subsidiary|unit|division|business|businesses|arm|operations|operation|division)$/;

/** A business or an asset of the seller: what a present "vend/sells" hands over in a deal. */
const ASSET_NOUNS =
  /^(usine|usines|site|sites|marque|marques|réseau|magasins|hôtel|hôtels|plant|plants|factory|factories|brand|brands|chain|stores|mill|mills)$/;

/** The unnamed thing sold between `from` and `to` is a business or an asset of the seller. */
export function namesAnAsset(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ASSET_NOUNS.test(wordAt(units, k))) return true;
  return namesABusiness(units, from, to);
}

/** The unnamed thing sold between `from` and `to` is a business of the seller ("sa division d'optronique"). */
function namesABusiness(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (BUSINESS_NOUNS.test(wordAt(units, k))) return true;
  return false;
}

/** Holdings a noun of sale may hand over unnamed besides a business or a site ("the sale of its water properties"). */
const HELD_NOUNS = /^(properties|assets|actifs|biens)$/u;

/** The unnamed thing a noun of sale hands over between `from` and `to` is a business, a site or holdings. */
export function namesSoldHolding(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (HELD_NOUNS.test(wordAt(units, k))) return true;
  return namesAnAsset(units, from, to);
}
