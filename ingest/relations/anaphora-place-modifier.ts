import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { OriginMap } from './anaphora-origin';
import { foldOrigin, recordOrigin } from './anaphora-origin';

/**
 * "to buy Pacific Northwest valve maker Cascadia Valve Works" … "The Pacific Northwest company, founded in 1998 by
 * …": English wire copy places a company with a capitalised place before its trade descriptor, then points back at
 * it with the same place before a company noun. A one-word place ("the Stockholm company") is read by
 * `pointing-phrases.ts` `isAnaphorAdjective`; this reads places of two or three words ("West Midlands", "Salt Lake
 * City"). Such a pointer stands only for the company the article placed there: a place it never tied to a name
 * ("The West Midlands company" after "Black Country pet food maker X") picks no company, since the salient one is
 * often the buyer. A place closed by "-based" ("The New Jersey-based company", "the San Jose-based chipmaker") says
 * outright where a company sits, as the one-word "the Paris-based company" does: it points back as that one does.
 */

/** Fewest and most capitalised words of such a place ("West Midlands", "Salt Lake City"). */
const MIN_PLACE_WORDS = 2;
const MAX_PLACE_WORDS = 3;
/** Most lower-case descriptor words between the place and the name ("valve maker", "pet food maker"). */
const MAX_DESCRIPTOR_WORDS = 3;
/** A word spelled as a place's is: capital then lower case, hyphens inside ("Rhine-Westphalia"). */
const PLACE_WORD_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
/** A lower-case descriptor word, hyphens inside ("valve", "goat-cheese"). */
const DESCRIPTOR_WORD_RE = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** The last word of a place that states where a company is based ("Jersey-based"). */
const BASED_PLACE_WORD_RE = /-based$/iu;
/** Key prefix of the places kept in the origin map, apart from the origin words proper. */
const PLACE_TOLD = 'place:';

const covered = (mentions: Mention[], k: number): boolean => mentions.some((m) => m.from <= k && k < m.to);

function isPlaceWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && PLACE_WORD_RE.test(t.text);
}

/** Capitalised place words from `from` on that no mention covers, when two or three of them; else 0. */
export function placeModifierWords(tokens: Token[], mentions: Mention[], from: number): number {
  let n = 0;
  while (n < MAX_PLACE_WORDS && isPlaceWord(tokens[from + n])) {
    if (covered(mentions, from + n)) return 0;
    n++;
  }
  return n >= MIN_PLACE_WORDS ? n : 0;
}

/** The place of `words` words from `from` ends on "-based" ("New Jersey-based"): a location said outright. */
export function isBasedPlace(tokens: Token[], from: number, words: number): boolean {
  return words > 0 && BASED_PLACE_WORD_RE.test(tokens[from + words - 1]?.text ?? '');
}

/** "Pacific Northwest valve maker X": the place of two or three words before the descriptor of the name at `from`. */
function placeBeforeDescriptor(tokens: Token[], mentions: Mention[], from: number): string | null {
  let k = from - 1;
  while (
    k >= from - MAX_DESCRIPTOR_WORDS &&
    DESCRIPTOR_WORD_RE.test(tokens[k]?.text ?? '') &&
    !covered(mentions, k)
  )
    k--;
  if (k === from - 1) return null;
  let start = k + 1;
  while (
    start > k + 1 - MAX_PLACE_WORDS - 1 &&
    isPlaceWord(tokens[start - 1]) &&
    !covered(mentions, start - 1)
  )
    start--;
  // the place must stand alone: a longer capitalised run is a name the cutter left ("Acme Pacific Northwest …")
  if (k + 1 - start < MIN_PLACE_WORDS || isPlaceWord(tokens[start - 1])) return null;
  return placeKey(tokens, start, k + 1);
}

function placeKey(tokens: Token[], from: number, to: number): string {
  return (
    PLACE_TOLD +
    tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' ')
  );
}

/** Remembers the place before the descriptor of the company named at `from`, if there is one. */
export function recordPlaceModifier(
  tokens: Token[],
  mentions: Mention[],
  origins: OriginMap,
  from: number,
  ent: number,
): void {
  const place = placeBeforeDescriptor(tokens, mentions, from);
  if (place !== null) recordOrigin(origins, place, ent);
}

/** The one company the article placed at the `words` capitalised words from `from`, or null. */
export function placedCompany(
  tokens: Token[],
  origins: OriginMap,
  from: number,
  words: number,
): number | null {
  return origins.get(foldOrigin(placeKey(tokens, from, from + words))) ?? null;
}
