import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { NATIONALITIES, PLACES } from './lexicon-common';
import { FR_STOPWORDS } from './lexicon-words';
import { isWorldGivenName } from './person-given-names';
import { REGIONAL_ADJECTIVES } from './regional-adjectives';

/**
 * "l'aveyronnais Forge de Laguiole", "le vosgien Literie de la Vôge", "le normand Cartonnerie de la Risle": French
 * trade press puts a lower-case origin adjective where it would write "le groupe", and the name after it often
 * carries a "de" complement of its own (a place, a river, a valley). Without a cue noun the run used to stop at
 * "de" and keep only the common noun ("Forge"), which then linked nothing. The adjective already says where the firm
 * is, so a "de" complement after it is part of the name, not a second statement of place.
 */

/** Endings of French origin adjectives ("aveyronnais", "gersois", "vosgien", "lorrain"). */
const ORIGIN_ENDING_RE = /(ais|aise|ois|oise|ien|ienne|ain|aine)$/u;
/** Adjectives with an origin's ending that say when or how, not where ("l'ancien Président de la République"). */
const NOT_ORIGIN = new Set([
  'ancien',
  'ancienne',
  'prochain',
  'prochaine',
  'certain',
  'certaine',
  'moyen',
  'moyenne',
  'lointain',
  'lointaine',
  'quotidien',
  'quotidienne',
  'mondain',
  'humain',
  'souverain',
  'contemporain',
]);
/** Singular articles before an origin adjective used as a firm's noun ("le", "l'", "du", "au"). */
const ORIGIN_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);
/** French particles that open a name's complement ("de", "du", "des", "d'"). */
const COMPLEMENT_PARTICLES = new Set(['de', 'du', 'des', "d'"]);
/** Articles after "de" before the complement ("de la Vôge", "de l'Odet"). */
const ARTICLES_AFTER_DE = new Set(['la', "l'"]);

function isOriginAdjective(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower || NOT_ORIGIN.has(t.lower)) return false;
  return NATIONALITIES.has(t.lower) || REGIONAL_ADJECTIVES.has(t.lower) || ORIGIN_ENDING_RE.test(t.lower);
}

/** The run starting at `runFrom` stands right after "le/l'/du + lower-case origin adjective". */
export function inOriginSlot(tokens: Token[], runFrom: number): boolean {
  const art = tokens[runFrom - 2];
  return !!art && ORIGIN_ARTICLES.has(art.lower) && isOriginAdjective(tokens[runFrom - 1]);
}

/**
 * Tokens the French complement at `i` adds to a run in an origin slot (0, 1 for "de X", 2 for "de la X"). A run of
 * several words before a known town that ends it keeps the town out ("le breton Ty Krampouez de Quimper" says where);
 * a lone word cannot name a firm by itself, so its complement is its name ("Forge de Laguiole").
 */
export function originSlotComplement(
  tokens: Token[],
  runFrom: number,
  i: number,
  isNameToken: (t: Token) => boolean,
): number {
  const t = tokens[i];
  if (!t || i <= runFrom || !COMPLEMENT_PARTICLES.has(t.lower) || !inOriginSlot(tokens, runFrom)) return 0;
  if (isWorldGivenName(tokens[runFrom].lower.split('-')[0]) || FIRST_NAMES.has(tokens[runFrom].lower))
    return 0;
  const articled = t.lower === 'de' && ARTICLES_AFTER_DE.has(tokens[i + 1]?.lower ?? '');
  const wordAt = articled ? i + 2 : i + 1;
  const word = tokens[wordAt];
  if (!word || !isNameToken(word) || FR_STOPWORDS.has(word.lower) || FIRST_NAMES.has(word.lower)) return 0;
  const after = tokens[wordAt + 1];
  const townEnds = PLACES.has(word.lower) && !(after && isNameToken(after));
  if (townEnds && i - runFrom > 1) return 0;
  return wordAt - i;
}
