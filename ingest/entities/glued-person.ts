import type { Token } from '../tokens';
import { hasHead, isNameToken } from './name-joins';
import { isWorldGivenName, isWordLikeGivenName } from './person-given-names';

/**
 * "l'ancien associé de Clifford Chance Daniel Okonjo", "a former banker at Lazard Frères Anne Morel": a person's
 * name written right after the well-known firm they worked for runs on as one capitalised run. When the run opens
 * with a known name of two words or more and goes on with a given name and a surname, it names two things.
 */

/** Name words of the person after the firm: a given name and one or two more. */
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 3;

/** True when tokens [from, to) read as "Given Surname" or "Given Middle Surname". */
function isGivenNameFirst(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < MIN_PERSON_WORDS || n > MAX_PERSON_WORDS) return false;
  for (let k = from; k < to; k++) if (!isNameToken(tokens[k])) return false;
  const given = tokens[from].lower;
  return isWorldGivenName(given) && !isWordLikeGivenName(given);
}

/** The token where the person's name starts after a known firm's name of `known` tokens, or -1. */
export function personAfterKnownName(tokens: Token[], runFrom: number, known: number, to: number): number {
  if (known < 2) return -1;
  const at = runFrom + known;
  return at < to && isGivenNameFirst(tokens, at, to) ? at : -1;
}

/** Posts whose holder's employer, then the holder, follow "de/of" ("l'ancien dirigeant de X Pieter Y"). */
const POSTS_BEFORE_EMPLOYER = new Set([
  'dirigeant',
  'dirigeante',
  'patron',
  'patronne',
  'directeur',
  'directrice',
  'président',
  'présidente',
  'pdg',
  'ministre',
  'fondateur',
  'fondatrice',
  'cofondateur',
  'cofondatrice',
  'associé',
  'associée',
  'boss',
  'head',
  'chief',
  'chairman',
  'president',
  'founder',
  'co-founder',
  'minister',
  'executive',
  'officer',
  'director',
]);
const EMPLOYER_PARTICLES = new Set(['de', 'du', 'des', "d'", 'of']);
/** French adjectives written after a post ("directeur général de X P", "présidente déléguée de X P"). */
const POST_QUALIFIERS = new Set([
  'général',
  'générale',
  'délégué',
  'déléguée',
  'exécutif',
  'exécutive',
  'adjoint',
  'adjointe',
  'financier',
  'financière',
]);

/** The post word before token `k`, past one French qualifier ("directeur général"), lower case only. */
function postBefore(tokens: Token[], k: number): Token | undefined {
  const word = tokens[k - 1];
  if (!word || word.text !== word.lower) return undefined;
  return POST_QUALIFIERS.has(word.lower) ? tokens[k - 2] : word;
}

/**
 * "l'ancien dirigeant de Royal Cosun Pieter van der Linden", "l'ancien ministre de l'Agriculture Hubert X": after a
 * post (and its qualifier: "le directeur général de Soltéa Karim B") and "de/of" the run is the employer (or the
 * portfolio), then its holder; the holder starts at the last
 * given name followed by one or two name words. Returns that token, or -1.
 */
export function personAfterPostOf(tokens: Token[], runFrom: number, to: number): number {
  let k = runFrom - 1;
  if (tokens[k]?.lower === "l'" && tokens[k - 1]?.lower === 'de') k--;
  if (!tokens[k] || !EMPLOYER_PARTICLES.has(tokens[k].lower)) return -1;
  const post = postBefore(tokens, k);
  if (!post || post.text !== post.lower || !POSTS_BEFORE_EMPLOYER.has(post.lower)) return -1;
  for (let p = runFrom + 1; p <= to - MIN_PERSON_WORDS; p++) {
    if (!isHolderName(tokens, p, to)) continue;
    // "Banque Martin Maurel", "Maison Louis Jadot": a lone head word before the given name opens a firm's name
    return p - runFrom === 1 && hasHead(tokens, runFrom, p) ? -1 : p;
  }
  return -1;
}

/** Surname particles a holder's name may carry ("Pieter van der Linden", "Anne de La Tour"). */
const SURNAME_PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'la',
  'von',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'le',
]);
/** Most words of a holder's name, particles included. */
const MAX_HOLDER_WORDS = 5;

function isHolderName(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_HOLDER_WORDS || !isNameToken(tokens[to - 1])) return false;
  const given = tokens[from].lower;
  if (!isWorldGivenName(given) || isWordLikeGivenName(given)) return false;
  let names = 0;
  for (let k = from + 1; k < to; k++) {
    if (isNameToken(tokens[k])) names++;
    else if (!SURNAME_PARTICLES.has(tokens[k].lower)) return false;
  }
  return names >= 1 && names <= 2;
}
