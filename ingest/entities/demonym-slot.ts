import type { Token } from '../tokens';
import { demonymBefore } from './context-cues';
import { FIRST_NAMES } from './first-names';
import { NATIONALITIES } from './lexicon-common';
import { isNameToken } from './name-joins';
import { isWorldGivenName } from './person-given-names';
import { personNameShape } from './person-shapes';
import { isSportsSentence } from './sports-cues';
import { isCommonWord } from './world-lexicon';
import { REGIONAL_ADJECTIVES } from './regional-adjectives';

/**
 * French business writing names a firm by its origin in place of "le groupe": "le suisse New Roots", "l'italien
 * Leonardo", "le breton Tranvéol", "les américains Skydio et AeroVironment". The adjective is in lower case (a
 * person's origin is a capitalised noun: "le Brésilien X"), so with a name that no given name opens it reads as a
 * company in any sentence; a name opened by a given name still needs the business sentence (`demonymBefore`).
 */

/** A city's people ("le lyonnais X" is as often a singer of Lyon): those still need the business sentence. */
const CITY_DEMONYM_RE =
  /^(lyonnais|parisien|marseillais|toulousain|bordelais|nantais|lillois|niçois|rennais|grenoblois|strasbourgeois|montréalais|québécois|bruxellois|genevois|londonien|new-yorkais|milanais|romain|berlinois)/u;
const SINGULAR_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);
const PLURAL_ARTICLES = new Set(['les', 'des', 'aux']);
/** Longest earlier list member stepped over to reach the adjective ("les américains Skydio, X et Y"). */
const MAX_MEMBER_TOKENS = 4;
const MAX_MEMBERS = 3;

/** A known nationality or regional adjective: endings alone also read "ancien", "palais", "musicien". */
function isDemonym(lower: string, plural: boolean): boolean {
  const words = plural ? [lower, lower.replace(/s$/u, '')] : [lower];
  if (plural && !lower.endsWith('s')) return false;
  if (CITY_DEMONYM_RE.test(lower)) return false;
  return words.some((w) => NATIONALITIES.has(w) || REGIONAL_ADJECTIVES.has(w));
}

/** The lower-case adjective right before `from` with its article: 'single', 'plural' or null. */
function adjectiveBefore(tokens: Token[], from: number): 'single' | 'plural' | null {
  const adj = tokens[from - 1];
  const art = tokens[from - 2];
  if (!adj || !art || adj.kind !== 'word' || adj.text !== adj.lower) return null;
  if (SINGULAR_ARTICLES.has(art.lower) && isDemonym(adj.lower, false)) return 'single';
  if (PLURAL_ARTICLES.has(art.lower) && isDemonym(adj.lower, true)) return 'plural';
  return null;
}

/** "les américains Skydio et AeroVironment": the start of the list's first member when `from` is a later one. */
function pluralListStart(tokens: Token[], from: number): number {
  let k = from;
  for (let m = 0; m < MAX_MEMBERS; m++) {
    const sep = tokens[k - 1];
    if (!sep || (sep.lower !== 'et' && sep.text !== ',')) return -1;
    let j = k - 1;
    let n = 0;
    while (j - 1 >= 0 && isNameToken(tokens[j - 1]) && n < MAX_MEMBER_TOKENS) {
      j--;
      n++;
    }
    if (n === 0) return -1;
    if (adjectiveBefore(tokens, j) === 'plural') return j;
    k = j;
  }
  return -1;
}

function opensWithGivenName(tokens: Token[], from: number): boolean {
  const first = tokens[from].lower.split('-')[0];
  return FIRST_NAMES.has(first) || isWorldGivenName(first);
}

/**
 * A name in a demonym's slot: right after "le/l'/du + demonym" or "les/des/aux + plural demonym", or a later member
 * of the plural's list. `isCueNoun` reads the business nouns of the sentence for names opened by a given name.
 */
export function demonymSlotBefore(
  tokens: Token[],
  from: number,
  to: number,
  isCueNoun: (w: string) => boolean,
): boolean {
  if (demonymBefore(tokens, from, isCueNoun)) return true;
  const kind = adjectiveBefore(tokens, from);
  const inList = kind === null && pluralListStart(tokens, from) >= 0;
  if (kind === null && !inList) return false;
  // sports pages write players the same way ("le brésilien Robinho", "du finlandais Petri Pasanen")
  if (isSportsSentence(tokens) || (to - from === 2 && personNameShape(tokens, from, to))) return false;
  // two or more words of no language ("Petri Pasanen") read as a person's; a firm's carry a word ("New Roots")
  if (
    to - from > 1 &&
    !tokens.slice(from, to).some((t) => isCommonWord(t.lower) || /\p{Ll}\p{Lu}/u.test(t.text))
  )
    return false;
  return !opensWithGivenName(tokens, from);
}

/**
 * "l'italien Leonardo": a lone given name after a lower-case demonym in a business sentence is the firm; no news
 * story names a person by a given name alone after their nationality adjective.
 */
export function loneGivenNameAfterDemonym(
  tokens: Token[],
  from: number,
  to: number,
  isCueNoun: (w: string) => boolean,
): boolean {
  if (to - from !== 1 || adjectiveBefore(tokens, from) === null) return false;
  return demonymBefore(tokens, from, isCueNoun);
}
