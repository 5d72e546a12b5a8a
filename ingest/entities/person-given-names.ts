import nlp from 'compromise';
import { FIRST_NAMES } from './first-names';
import { REGIONAL_GIVEN_NAMES } from './first-names-world';
import { MONTHS, NATIONALITIES, PLACES, WEEKDAYS } from './lexicon-common';
import { isKnownPlace } from './world-lexicon';

/**
 * Given names of the whole world, for names of two words or more: our own lists plus the male, female and
 * given-name entries of compromise's built-in lexicon (an installed dependency, general knowledge). A word that
 * is also a place, a month or a nationality is left out ("Florence", "Milan", "June"), since a name that opens
 * with it is as often a place as a person. Single-word names keep to the stricter FIRST_NAMES.
 */

const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

/**
 * Given names that are also English words ("Will", "Bill", "Grace", "Chase"): at the start of a sentence their
 * capital proves nothing, so there they need more than the name itself.
 */
const WORD_LIKE_GIVEN_NAMES = new Set(
  `will bill bob ted sly mark frank rich hope grace chase joy rose faith guy pat sue jack art dale glen
  rob sterling victor carol dawn may june april august penny ruby amber jade summer autumn`
    .trim()
    .split(/\s+/),
);

let broad: Set<string> | null = null;

function isPlaceLike(lower: string): boolean {
  return (
    PLACES.has(lower) ||
    isKnownPlace(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    NATIONALITIES.has(lower)
  );
}

function load(): Set<string> {
  const out = new Set<string>();
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  for (const [word, tag] of Object.entries(lexicon))
    if (typeof tag === 'string' && GIVEN_NAME_TAGS.has(tag) && !/\s/.test(word)) out.add(word);
  for (const w of FIRST_NAMES) out.add(w);
  for (const w of REGIONAL_GIVEN_NAMES) out.add(w);
  for (const w of [...out]) if (isPlaceLike(w)) out.delete(w);
  return out;
}

/** "Álvaro" → "alvaro": lists spell many names without their accents. */
function withoutAccents(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

function isListed(lower: string, names: Set<string>): boolean {
  return names.has(lower) || names.has(withoutAccents(lower));
}

/** "debbie", "jacek", "álvaro": a given name of any region (lower case; a hyphenated one by its first part). */
export function isWorldGivenName(lower: string): boolean {
  broad ??= load();
  return isListed(lower, broad) || (lower.includes('-') && isListed(lower.split('-')[0], broad));
}

/** "will", "grace": a given name that is also an everyday word (lower case). */
export function isWordLikeGivenName(lower: string): boolean {
  return WORD_LIKE_GIVEN_NAMES.has(lower);
}
