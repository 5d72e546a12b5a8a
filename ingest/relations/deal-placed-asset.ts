import type { Unit } from './pattern';
import { withoutVerbBetween } from './deal-without-verb';
import { possessedPlaceAt } from './deal-possessed-place';

/**
 * A plant, a site or a branch bought is told with its place: "bought the Preston factory of Leyland Precision",
 * "a racheté l'usine de Belfort de l'américain C", "acquired a shrimp packing plant in Ecuador", "a branch in
 * Clinton Township". The place is no party: GOLD-FORMAT counts an unnamed business of an organisation as that
 * organisation, so the owner named after the place is what changes hands (and sells it) — unless the sentence
 * denies it ("l'usine de Belfort de C, sans reprendre la société"): then nothing named changes hands.
 */
export const ASSET_NOUNS =
  /^(plant|plants|factory|factories|mill|mills|site|sites|facility|facilities|warehouse|warehouses|refinery|refineries|depot|depots|terminal|terminals|branch|branches|store|stores|hotel|hotels|mine|mines|smelter|foundry|brewery|distillery|usine|usines|entrepôt|entrepôts|raffinerie|raffineries|centrale|centrales|dépôt|dépôts|agence|agences|magasin|magasins|fonderie|brasserie|hôtel|hôtels|sucrerie|laiterie|abattoir|mine|mines)$/u;
/** Words that put an asset somewhere ("a plant in Ecuador", "l'usine située à Dole", "un site près de Lyon"). */
const AT_PLACE = /^(in|at|near|à|en)$/u;
/** The owner's link after the place: "of Y", "from Y", "de Y", "du groupe Y", "de l'américain Y". */
const OF_OWNER = /^(of|from|de|d'|d’|du|des)$/u;
/** "de" of a French place after the asset noun: "l'usine (hydroélectrique) de Castillon". */
const FR_OF = /^(de|d'|d’)$/u;
/** Determiners before an English place that modifies the asset noun: "the Preston factory". */
const DETERMINERS = /^(the|a|an|its|their|his|her)$/u;
/** Plain lower-case words allowed between the asset noun and the place or between the link and the owner. */
const MAX_FILLER = 3;

const tokAt = (units: Unit[], i: number): string | null => {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
};

const isPlainWord = (units: Unit[], i: number): boolean => {
  const u = units[i];
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;
};

/**
 * An organisation named after the place ("of Y", "du groupe Y", "de l'américain Y"): its entity index, null when
 * the sentence goes on to deny buying it, undefined when no owner is named.
 */
function ownerAfter(units: Unit[], from: number): number | null | undefined {
  const link = tokAt(units, from);
  if (link === null || !OF_OWNER.test(link)) return undefined;
  for (let i = from + 1; i <= from + 1 + MAX_FILLER && i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'ent') {
      if (!u.orgs || u.ents.length !== 1) return undefined;
      return withoutVerbBetween(units, i, Math.min(units.length, i + DENIAL_SPAN)) ? null : u.ents[0];
    }
    if (!isPlainWord(units, i) && !/^l['’]$/u.test(u.token.lower)) return undefined;
  }
  return undefined;
}

/** True when an asset noun stands at `i` or up to MAX_FILLER plain words before it (adjectives in French). */
function assetBefore(units: Unit[], i: number): boolean {
  for (let k = i; k >= 0 && i - k <= MAX_FILLER; k--) {
    const w = tokAt(units, k);
    if (w !== null && ASSET_NOUNS.test(w)) return true;
    if (!isPlainWord(units, k)) return false;
  }
  return false;
}

interface PlacedAsset {
  /** The organisation that owned the asset, or null when the sentence says the owner itself is not bought. */
  owner: number | null;
  /** The owner is the asset's possessive ("son usine de Quimperlé"): the caller knows whom it stands for. */
  possessed?: true;
}

/** Units the owner's denial may stand in: ", sans reprendre la société", ", without buying the company". */
const DENIAL_SPAN = 5;

/** Whether the deal's `target` is only the place of an asset bought, and who owned that asset. */
export function placedAsset(units: Unit[], target: number): PlacedAsset | null {
  for (let at = 1; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target)) continue;
    const before = tokAt(units, at - 1);
    if (before === null) continue;
    if (possessedPlaceAt(units, at)) return { owner: null, possessed: true };
    // "a plant in Ecuador from Y", "l'usine de Belfort de l'américain C": read as a place only when an owner
    // follows it (with none, the wire keys still want the buyer and the price of "a plant in Ecuador")
    if ((AT_PLACE.test(before) || FR_OF.test(before)) && assetBefore(units, at - 2)) {
      const owner = ownerAfter(units, at + 1);
      if (owner !== undefined && owner !== target) return { owner };
      continue;
    }
    // "the Preston factory of Leyland Precision": likewise only with its owner
    if (DETERMINERS.test(before)) {
      for (let k = at + 1; k <= at + MAX_FILLER && k < units.length; k++) {
        const w = tokAt(units, k);
        if (w !== null && ASSET_NOUNS.test(w)) {
          const owner = ownerAfter(units, k + 1);
          if (owner !== undefined && owner !== target) return { owner };
          break;
        }
        if (!isPlainWord(units, k)) break;
      }
    }
  }
  return null;
}
