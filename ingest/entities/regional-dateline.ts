import type { Token } from '../tokens';
import { isAllCaps } from '../tokens';

/**
 * "THIERS (Puy-de-Dôme) – Dans l'atelier …", "LE MANS (Sarthe) – La PME …": the French regional press opens a
 * story on the town in capitals and its département in brackets, with no date. The town and the département are
 * the place the story was written from, never a party to it (an all-capitals town read as a company becomes the
 * buyer "le groupe thiernois" points at).
 */

/** Most words of the town in capitals ("CHÂLONS-EN-CHAMPAGNE" is one, "LE MANS" two, "SAINT JEAN DE LUZ" four). */
const MAX_TOWN_WORDS = 4;
/** Most words of the bracketed département or region ("Puy-de-Dôme" is one, "Alpes de Haute Provence" four). */
const MAX_REGION_WORDS = 4;
/**
 * One dash closes a regional dateline; wires write "LONDON (Bloomberg) --" with the agency in the brackets, a
 * source the story names, so a doubled dash or an agency's name is no département.
 */
const DATELINE_DASHES = new Set(['-', '–', '—']);
const AGENCIES = new Set([
  'afp',
  'reuters',
  'reuter',
  'bloomberg',
  'ap',
  'wire',
  'dpa',
  'ansa',
  'efe',
  'xinhua',
]);

/** Whether `t` is a word of the region inside the brackets: capitalised, or a lower-case particle ("de"). */
function isRegionWord(t: Token): boolean {
  return t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || /^(de|du|des|et|d'|la|le)$/u.test(t.text));
}

/** Token index of the dash closing such a dateline at the sentence's start, or 0 when it opens on none. */
export function regionalDatelineEnd(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && i < MAX_TOWN_WORDS && tokens[i].kind === 'word' && isAllCaps(tokens[i])) i++;
  if (i === 0 || tokens[i]?.text !== '(') return 0;
  let k = i + 1;
  while (k < tokens.length && k - (i + 1) < MAX_REGION_WORDS && isRegionWord(tokens[k])) k++;
  if (k === i + 1 || tokens[k]?.text !== ')' || AGENCIES.has(tokens[i + 1].lower)) return 0;
  return DATELINE_DASHES.has(tokens[k + 1]?.text ?? '') ? k + 1 : 0;
}
