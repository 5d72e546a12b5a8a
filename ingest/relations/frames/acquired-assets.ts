import type { Unit } from '../pattern';
import { CLAUSE_OPENERS, describedHead, isOrgAt, isStrongStop, wordAt } from './clause';
import { agentAfter, objectAfter } from './clause-object';

/**
 * A purchase of a business's sites, plants or stores ("reprend les sept concessions A et B de C", "bought
 * 1,100 rooftop sites from C", "a repris l'usine de Tours de C"). A name right after such a noun only labels
 * it (a brand, a carmaker, a place), so it is not what changes hands; the gold format counts the purchase of "a
 * business of" an organisation as buying that organisation, so the owner after "de/of/from" is the target, or
 * else the one the units were "cédés par / sold by".
 */

/** Nouns of a business's physical units or activities. */
const ASSET_NOUNS =
  /^(concessions?|sites|usines?|magasins|boutiques|agences|hôtels|restaurants|entrepôts|ateliers|activités|actifs|cliniques|crématoriums|carrières|vignobles|terminaux|pharmacies|centrales|parcs|fermes|plants?|factory|factories|stores|shops|outlets|dealerships?|hotels|warehouses|mills|assets|operations|clinics|crematoriums|quarries|vineyards|terminals|farms|parks|stations|mines|towers|businesses|properties|centers|centres|hospitals|hôpitaux)$/;
/**
 * Nouns that only gather the units ("a portfolio of 14 wind farms", "un portefeuille de onze centrales"): stepped
 * over with their "of"/"de", the units after them are what changes hands.
 */
const GATHERING_NOUNS = /^(portfolio|portefeuille|package|bundle|lot)$/;
/** Units a gathering noun and its preposition add to the lead. */
const GATHERING_UNITS = 2;
/** Words that may stand between the trigger and the asset noun: determiners, numbers, adjectives. */
const LEAD_WORD = /^(\p{Ll}[\p{L}-]*|[\d.,]+|l'|d')$/u;
/** Prepositions naming the owner (or seller) of the units. */
const OWNER_PREPOSITIONS = /^(de|du|d'|des|of|from)$/;
/** Prepositions that end the units' description: a price, a buyer, a place of the deal. */
const DESCRIPTION_ENDS = /^(à|au|aux|pour|par|to|for|by|with|avec|puis|then|while|et|and|ou|or)$/;
/** Participles telling who let the units go ("cédés par", "sold by"). */
const SOLD_BY = /^(cédée?s?|vendue?s?|sold|divested)$/;
/** French names the one a thing is bought from after "à": "reprendre l'usine de Tours au groupe C". */
const BOUGHT_FROM_FR = /^(à|au|aux)$/;
/** Most units between "au" and the seller's name (a descriptor: "au groupe agroalimentaire C"). */
const MAX_BOUGHT_FROM_UNITS = 4;
/** Most units between the trigger and the asset noun (a time phrase may stand there: "l'an dernier des sites"). */
const MAX_LEAD_UNITS = 6;
/** Most units of the description after the asset noun in which its owner is looked for. */
const MAX_OWNER_UNITS = 10;
/** Most units after the description in which "cédés par X" is looked for. */
const MAX_SELLER_UNITS = 8;

/** Joins between two trade words before the asset noun. */
const LEAD_JOINS = /^(and|et|or|ou)$/;
/**
 * A business named with its assets ("the business and assets of Y", "l'activité et les actifs de Y", the wire's
 * phrase for a purchase out of administration): the business noun joins the asset noun after it, so the owner after
 * "of"/"de" is what changes hands.
 */
const BUSINESS_BEFORE_ASSETS = /^(business|businesses|activité|activités|operations)$/;
/** A plain lower-case word naming a trade ("concrete", "aggregates"), not a determiner or a number. */
function tradeWordAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    /^\p{Ll}[\p{L}-]{2,}$/u.test(u.token.text) &&
    !ASSET_NOUNS.test(u.token.lower)
  );
}

/** What an object search finds when the object is a business's units: the owner, or -1 when none is named. */
export interface AssetObject {
  owner: number;
}

/** The asset noun heading the object of the trigger ending at `end`, or -1. */
function assetNounAfter(units: Unit[], end: number): number {
  let lead = MAX_LEAD_UNITS;
  for (let k = end + 1; k < units.length && k - end <= lead; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      // "the Ford plant": an English name labelling the noun after it
      return ASSET_NOUNS.test(wordAt(units, k + 1)) ? k + 1 : -1;
    }
    if (ASSET_NOUNS.test(u.token.lower)) return k;
    if (GATHERING_NOUNS.test(u.token.lower) && /^(of|de|d')$/.test(wordAt(units, k + 1))) {
      k++;
      lead += GATHERING_UNITS;
      continue;
    }
    // "de" may open the object ("s'empare l'an dernier des deux sites"), "from"/"of" may not
    if (!LEAD_WORD.test(u.token.lower) || /^(of|from)$/.test(u.token.lower)) return -1;
    // "ready-mixed concrete and aggregates businesses": two trades of one set of units, not a second object
    if (LEAD_JOINS.test(u.token.lower) && tradeWordAt(units, k - 1) && tradeWordAt(units, k + 1)) continue;
    if (LEAD_JOINS.test(u.token.lower) && BUSINESS_BEFORE_ASSETS.test(wordAt(units, k - 1))) continue;
    if (DESCRIPTION_ENDS.test(u.token.lower)) return -1;
  }
  return -1;
}

/** The organisation after an owner preposition within the units' description, or -1. */
function ownerIn(units: Unit[], asset: number): { owner: number; end: number } {
  let afterOwnerWord = false;
  let k = asset + 1;
  for (; k < units.length && k - asset <= MAX_OWNER_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (afterOwnerWord && isOrgAt(units, k)) return { owner: describedHead(units, k), end: k };
      // a place ("de Tours") or a label ("concessions A et B") is stepped over
      afterOwnerWord = false;
      continue;
    }
    const w = u.token.lower;
    if (isStrongStop(units, k) || w === ',' || CLAUSE_OPENERS.test(w)) break;
    if (OWNER_PREPOSITIONS.test(w)) afterOwnerWord = true;
    // "et"/"and" between two labels goes on; between two owners it ends the description
    else if (DESCRIPTION_ENDS.test(w) && !(/^(et|and)$/.test(w) && units[k - 1]?.kind === 'ent')) break;
  }
  return { owner: -1, end: k };
}

/** "…, cédés par le groupe X" / "sold by X" right after the description, or -1. */
function sellerAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k - from <= MAX_SELLER_UNITS; k++) {
    if (isStrongStop(units, k) || units[k].kind === 'ent') return -1;
    if (SOLD_BY.test(wordAt(units, k))) return agentAfter(units, k);
  }
  return -1;
}

/**
 * When the trigger ending at `end` governs a business's units, the organisation they belong to (or were sold
 * by), -1 when none is named; null when the object is no such units and the usual object search applies.
 */
export function assetObject(units: Unit[], end: number): AssetObject | null {
  const asset = assetNounAfter(units, end);
  if (asset < 0) return null;
  const { owner, end: described } = ownerIn(units, asset);
  if (owner >= 0) return { owner };
  // "au groupe C" closing the units' description names who let them go
  if (BOUGHT_FROM_FR.test(wordAt(units, described))) {
    const seller = objectAfter(units, described, { anyPreposition: true, maxUnits: MAX_BOUGHT_FROM_UNITS });
    if (seller >= 0) return { owner: seller };
  }
  return { owner: sellerAfter(units, described) };
}
