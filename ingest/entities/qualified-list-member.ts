import type { Token } from '../tokens';
import type { TypedCandidate } from './collect';
import { NATIONALITIES } from './lexicon-common';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';

/**
 * "with Oilon, Calefa and Danish group Fenagy A/S", "face à Alpha, Beta et le groupe allemand Gamma": the last
 * member of a list often carries its own descriptor (a nationality and a business noun), which the bare list gap
 * does not read; the members before it are then left untyped. The nationality word itself is a dropped candidate.
 */
const JOINERS = new Set([',', 'and', 'et', 'or', 'ou']);
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une']);
/** Most words of the descriptor after the joiner ("and the Danish family-owned group"). */
const MAX_DESCRIPTOR_WORDS = 5;

function isCueNoun(w: string): boolean {
  return ORG_CUES_EN.has(w) || ORG_CUES_FR.has(w);
}

/** A one-word nationality candidate the classifier dropped ("Danish", "German"). */
export function isDroppedNationality(c: TypedCandidate): boolean {
  return c.kind === 'drop' && !/\s/.test(c.text) && NATIONALITIES.has(c.text.toLowerCase());
}

/** The gap between two list members is a joiner, then a descriptor with a nationality and a business noun. */
export function isQualifiedListGap(gap: Token[]): boolean {
  if (gap.length < 3 || gap.length > MAX_DESCRIPTOR_WORDS + 1 || !JOINERS.has(gap[0].lower)) return false;
  const words = gap.slice(1);
  if (gap[0].text === ',' && !words.some((t) => t.lower === 'and' || t.lower === 'et')) {
    // ", Danish group X" after a name is an apposition of that name, not the next member
    return false;
  }
  let k = 0;
  if (JOINERS.has(words[k].lower)) k++;
  if (k < words.length && ARTICLES.has(words[k].lower)) k++;
  let nationality = false;
  let cue = false;
  for (; k < words.length; k++) {
    const t = words[k];
    if (t.kind !== 'word') return false;
    if (NATIONALITIES.has(t.lower)) nationality = true;
    else if (t.text !== t.lower) return false;
    else if (isCueNoun(t.lower)) cue = true;
  }
  return nationality && cue;
}
