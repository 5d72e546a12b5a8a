import type { Unit } from './pattern';
import { ASSET_NOUNS } from './deal-placed-asset';

/**
 * A company's own site named by its town: "Ker Avel a vendu son usine de Quimperlé à B", "la cession de son site de
 * Vitré à B", "sold its Bramford printing plant to B", "its warehouse in Carlow". The possessive already names the
 * owner, so the capitalised word after "de"/"in" (or before the noun in English) cannot be one: it is the place,
 * which the entity pass may still have kept as an organisation when it does not know the town. What changes hands
 * is an unnamed business of the possessive's owner, which GOLD-FORMAT counts as that owner.
 */

/** Possessive determiners that give the asset its owner. */
const POSSESSIVES = /^(son|sa|ses|leur|leurs|its|their)$/u;
/** The French "de" that brings the place after the asset noun ("son usine de Quimperlé"). */
const FR_OF = /^(de|d'|d’)$/u;
/** English prepositions that bring the place after the asset noun ("its plant in Bramford"). */
const EN_AT = /^(in|at|near)$/u;
/** Plain lower-case words allowed between the possessive and the noun, or the noun and its place ("sa petite usine
 * de", "son site industriel de", "its Bramford printing plant"). */
const MAX_FILLER_WORDS = 2;

const tokAt = (units: readonly Unit[], i: number): string | null => {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
};

const isPlainWord = (units: readonly Unit[], i: number): boolean => {
  const u = units[i];
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;
};

/** Index of the asset noun ending at `end` (at most MAX_FILLER_WORDS plain words after it), or -1. */
function assetEndingAt(units: readonly Unit[], end: number): number {
  for (let k = end; k >= 0 && end - k <= MAX_FILLER_WORDS; k--) {
    if (ASSET_NOUNS.test(tokAt(units, k) ?? '')) return k;
    if (!isPlainWord(units, k)) return -1;
  }
  return -1;
}

/** Whether a possessive stands right before unit `noun`, or before plain words leading to it. */
function possessedFrom(units: readonly Unit[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && noun - 1 - k <= MAX_FILLER_WORDS; k--) {
    if (POSSESSIVES.test(tokAt(units, k) ?? '')) return true;
    if (!isPlainWord(units, k)) return false;
  }
  return false;
}

/** "its Bramford printing plant": a possessive, the name, then plain words up to an asset noun. */
function namedBeforeAsset(units: readonly Unit[], at: number): boolean {
  if (!/^(its|their)$/u.test(tokAt(units, at - 1) ?? '')) return false;
  for (let k = at + 1; k <= at + 1 + MAX_FILLER_WORDS && k < units.length; k++) {
    if (ASSET_NOUNS.test(tokAt(units, k) ?? '')) return true;
    if (!isPlainWord(units, k)) return false;
  }
  return false;
}

/** Whether the name at unit `at` is the town of a site its sentence gives an owner by a possessive. */
export function possessedPlaceAt(units: readonly Unit[], at: number): boolean {
  if (units[at]?.kind !== 'ent') return false;
  if (namedBeforeAsset(units, at)) return true;
  const link = tokAt(units, at - 1) ?? '';
  if (!FR_OF.test(link) && !EN_AT.test(link)) return false;
  const noun = assetEndingAt(units, at - 2);
  return noun >= 0 && possessedFrom(units, noun);
}
