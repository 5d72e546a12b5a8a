import type { Token } from '../tokens';
import { PLACE_NOUNS } from './lexicon-institutions';
import { PLACES } from './lexicon-common';
import { isKnownPlace } from './world-lexicon';

/**
 * French names of countries and regions written "<geographic noun> d'<Name>" ("Côte d'Ivoire", "Côte d'Azur",
 * "Golfe du Mexique"): the tokenizer cuts them at the elided particle, which leaves two capitalised pieces that
 * look like two short names. Neither piece is an organisation.
 */

/** Geographic nouns that open such a name, beyond the lakes, seas and capes of `PLACE_NOUNS`. */
const COAST_NOUNS = new Set(['côte', 'côtes', 'costa']);
const OF_PARTICLES = new Set(["d'", 'de', 'du', 'des']);

function isGeographicNoun(lower: string): boolean {
  return COAST_NOUNS.has(lower) || PLACE_NOUNS.has(lower);
}

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/**
 * The candidate [from, to) is one piece of "<Côte> d'<Ivoire>": either the one-word geographic noun before the
 * particle and a capitalised word, or the one-word name after "<Côte> d'".
 */
export function isPieceOfGeographicName(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const w = tokens[from];
  const particleAfter = tokens[from + 1];
  if (
    isGeographicNoun(w.lower) &&
    particleAfter &&
    OF_PARTICLES.has(particleAfter.lower) &&
    isCapitalisedWord(tokens[from + 2])
  )
    return true;
  const particleBefore = tokens[from - 1];
  const noun = tokens[from - 2];
  return (
    !!particleBefore &&
    OF_PARTICLES.has(particleBefore.lower) &&
    isCapitalisedWord(noun) &&
    isGeographicNoun(noun.lower) &&
    // "Golfe du Mexique": a known place after the noun, or the elided form ("Côte d'Ivoire") that only places take
    (particleBefore.lower === "d'" || PLACES.has(w.lower) || isKnownPlace(w.lower))
  );
}

/** Lower-case nouns of a company's parts that a country or town may qualify ("their Ecuador subsidiaries"). */
const PART_NOUNS = new Set(
  'subsidiary subsidiaries unit units operations affiliate affiliates branch branches arm plant plants'.split(
    ' ',
  ),
);

/** "their Ecuador subsidiaries", "its Ohio plant": a one-word known place before a part noun says where. */
export function isPlaceBeforePartNoun(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const next = tokens[to];
  if (!next || !PART_NOUNS.has(next.text)) return false;
  return PLACES.has(tokens[from].lower) || isKnownPlace(tokens[from].lower);
}
