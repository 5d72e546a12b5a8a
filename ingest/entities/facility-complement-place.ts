import type { Token } from '../tokens';
import { wordSet } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { isTownSpelling } from './place-slots';
import { FACILITY_WORDS } from './site-places';

/**
 * "une usine d'assemblage à Beaucouzé", "une plateforme de 20 000 mètres carrés à Corbas", "une seconde ligne
 * d'assemblage à Lanester", "a plant for cathode materials in Tours": a building noun whose complement tells what it
 * makes or how big it is, then a locative, names where the building stands. `site-places.ts` reads the locative
 * right after the noun; the complement hid it, and the unknown town was typed from the company words around it.
 */

/** Prepositions that open the complement ("usine d'assemblage", "plateforme de 20 000 m²", "plant for cells"). */
const COMPLEMENT_OPENERS = new Set(['de', "d'", 'd’', 'du', 'des', 'of', 'for']);
/** Function words allowed inside the complement ("ligne de découpe et d'emballage"). */
const COMPLEMENT_JOINS = new Set(['de', "d'", 'd’', 'du', 'des', 'et', 'and', 'of']);
/** Prepositions that then name the place ("à Corbas", "in Tours", "at Penrith"). */
const PLACE_LOCATIVES = new Set(['à', 'au', 'in', 'at', 'near']);
/** "près de X": the French "near" in two words. */
const NEAR_FR = 'près';
/** Longest complement read, in tokens ("de 20 000 mètres carrés" is four). */
const MAX_COMPLEMENT_TOKENS = 6;
/** Production lines stand where a building does; "une ligne de crédit à X" lends to X, so money heads are refused. */
const LINE_WORDS = wordSet(`ligne | lignes | line | lines`);
const MONEY_COMPLEMENTS = wordSet(
  `crédit | credit | financement | trésorerie | découvert | garantie | financing`,
);
/**
 * Verbs that hand a building to someone ("céder son usine de pneus à X", "sold its plant for tyres to X", "confié
 * l'exploitation de l'usine de tri à X"): the name after the locative is then a party. Read anywhere before the noun.
 */
const HAND_OVER_STEM_RE =
  /^(c[eéè]d|vend|confi[eé]|lou[eé]|apport|transf[eè]r|attribu|sold|sell|leas|hand|transfer)/u;

const isLowerWord = (t: Token): boolean => t.kind === 'word' && t.text === t.lower && /\p{L}/u.test(t.text);

/** The complement [start, end) holds only lower-case content words, numbers and joins. */
function isPlainComplement(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'number' || COMPLEMENT_JOINS.has(t.lower)) continue;
    if (!isLowerWord(t) || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
    if (HAND_OVER_STEM_RE.test(t.lower)) return false;
  }
  return true;
}

/** Index of the first token of the locative before `from` ("à", "in", or "près" of "près de"), or -1. */
function locativeStart(tokens: Token[], from: number): number {
  const prep = tokens[from - 1]?.lower ?? '';
  if (PLACE_LOCATIVES.has(prep)) return from - 1;
  if ((prep === 'de' || prep === "d'") && tokens[from - 2]?.lower === NEAR_FR) return from - 2;
  return -1;
}

/** The town or region [from, to) follows "<building noun> <complement> <locative>". */
export function isPlaceAfterFacilityComplement(tokens: Token[], from: number, to: number): boolean {
  if (!isTownSpelling(tokens, from, to)) return false;
  const loc = locativeStart(tokens, from);
  if (loc < 0) return false;
  for (let k = loc - 1; k >= 1 && loc - k <= MAX_COMPLEMENT_TOKENS; k--) {
    if (!COMPLEMENT_OPENERS.has(tokens[k].lower)) continue;
    const noun = tokens[k - 1].lower;
    if (!FACILITY_WORDS.has(noun) && !LINE_WORDS.has(noun)) continue;
    if (k + 1 >= loc || !isPlainComplement(tokens, k + 1, loc)) return false;
    if (LINE_WORDS.has(noun) && MONEY_COMPLEMENTS.has(tokens[k + 1].lower)) return false;
    return !tokens.slice(0, k - 1).some((t) => HAND_OVER_STEM_RE.test(t.lower));
  }
  return false;
}
