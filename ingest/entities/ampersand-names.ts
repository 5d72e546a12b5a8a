import type { Token } from '../tokens';
import { NATIONALITIES, PLACES } from './lexicon-common';
import { isCommonWord, isKnownPlace } from './world-lexicon';
import { isWorldGivenName } from './person-given-names';

/**
 * "Whitmore & Lane", "Hartley & Sons", "Keefe, Bruyette & Woods": an ampersand between title-case words is how
 * firms join their partners' names; people and lists are joined with "and"/"et". The shape alone makes the run a
 * firm, unless its words are places or nationalities ("Trinidad & Tobago"), single letters ("R & D") or it opens
 * with a dictionary word.
 */
function isPartWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}+/u.test(t.text);
}

function isPlaceWord(lower: string): boolean {
  return PLACES.has(lower) || NATIONALITIES.has(lower) || isKnownPlace(lower);
}

/** True when [from, to) is title-case words joined by one inner ampersand and, before it, commas. */
export function isAmpersandFirm(tokens: Token[], from: number, to: number): boolean {
  let amp = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.text === '&') {
      if (amp >= 0 || i === from || i === to - 1) return false;
      amp = i;
    } else if (t.text === ',') {
      if (amp >= 0 || i === from) return false;
    } else if (!isPartWord(t)) return false;
  }
  // "Oil & Gas", "Food & Beverage", "Health & Safety": a dictionary word first names a sector, not partners
  if (amp < 0 || isCommonWord(tokens[from].lower)) return false;
  // "Trinidad & Tobago" is spelled "Trinidad and Tobago" in the place lexicon
  const words = tokens.slice(from, to).map((t) => (t.text === '&' ? 'and' : t.lower));
  if (isKnownPlace(words.join(' ').replace(/ ,/g, ','))) return false;
  // "Tom & Jerry": two given names are a pair of characters or people, not partners' surnames
  if (isWorldGivenName(tokens[amp - 1].lower) && isWorldGivenName(tokens[amp + 1].lower)) return false;
  let places = 0;
  for (let i = from; i < to; i++) if (isPartWord(tokens[i]) && isPlaceWord(tokens[i].lower)) places++;
  return places === 0;
}
