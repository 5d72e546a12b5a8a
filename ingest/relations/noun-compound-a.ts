import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * French builds trade nouns with "à": "pompes à chaleur", "piles à combustible", "vélos à assistance électrique".
 * A strict gap stops at "à" because it usually brings in another role ("cède sa filiale à Y", "à hauteur de 30 %"),
 * so "a racheté le fabricant de pompes à chaleur Thermaval" lost its object. Inside a descriptor's complement — "de"
 * / "des" / "du" / "d'", a bare lower-case noun, "à", a bare lower-case noun — the "à" joins two nouns and opens no
 * role; the gap may cross it. A name, a figure, a determiner or "hauteur" after "à" still stop the gap.
 */

/** Words that open a descriptor's complement: the noun after them may head an "N à N" compound. */
const COMPLEMENT_WORDS = new Set(['de', 'des', 'du', "d'"]);
/** Words after "à" that open a phrase of amount, place, time or manner, never the second noun of a compound. */
const PHRASE_AFTER_A = new Set([
  'hauteur',
  'travers',
  'partir',
  'compter',
  'peine',
  'savoir',
  'nouveau',
  'terme',
  'cet',
  'cette',
  'ce',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'la',
  'le',
  'les',
  "l'",
  'un',
  'une',
]);

/** A bare lower-case word: a plain noun or adjective, not a name, a figure or a sign. */
function isBareWord(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;
}

/** Whether the "à" at unit `i` joins two nouns of a descriptor ("des pompes à chaleur"), so a gap may cross it. */
export function isNounCompoundA(units: readonly Unit[], i: number): boolean {
  if (wordOrNullAt(units, i) !== 'à') return false;
  if (!isBareWord(units, i - 1) || !COMPLEMENT_WORDS.has(wordOrNullAt(units, i - 2) ?? '')) return false;
  return isBareWord(units, i + 1) && !PHRASE_AFTER_A.has(wordOrNullAt(units, i + 1) ?? '');
}
