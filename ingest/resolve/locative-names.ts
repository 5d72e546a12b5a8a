import type { Token } from '../tokens';
import { isAllCaps, isCapitalised } from '../tokens';
import type { NameItem as Item } from './named-apart';
import { PLACES } from '../entities/lexicon-common';
import { SITE_WORDS } from '../entities/site-places';
import { isKnownPlace } from '../entities/world-lexicon';
import { isExtraPlaceSlot } from '../entities/place-slots';

/**
 * "emploie 420 personnes à Annecy et à Rumilly", "nous fabriquons tout en Vendée", "builds its airframes in Salt Lake
 * City", "its plant near Poznan", "QUIMPER, 3 mars –": a name no cue types, written only where a place goes (after
 * a locative preposition, as a later member of such a list, or as the dateline), is a town or a region. Kept as a
 * tentative company it becomes the nearest antecedent of "l'entreprise" / "the company" and an end of deals and
 * rivalries. A name that appears once in any other slot is left to the other readers.
 */

/** Prepositions that always introduce a place before a name ("en Vendée", "near Poznan"). */
const PLACE_PREPOSITIONS = new Set(['en', 'near']);
/**
 * Prepositions that introduce a place only with an anchor: French "à" is as often dative ("se mesure à X",
 * "cède sa filiale à X") and English "in" names the investee ("invested in X").
 */
const ANCHORED_PREPOSITIONS = new Set(['à', 'au', 'aux', 'in']);
/** What joins a later member of a place list to the one before ("à A et à B", "near A, B and C"). */
const LIST_JOINERS = new Set([',', 'et', 'and', 'ou', 'or']);
/** Joiners that close a list: a comma alone may open an apposition instead ("in Singapore, X Digital, to…"). */
const CLOSING_JOINERS = new Set(['et', 'and', 'ou', 'or']);
/** Dateline punctuation after the town in capitals ("QUIMPER, 3 mars –", "AUCH –", "LE MANS (Sarthe)"). */
const DATELINE_CLOSERS = new Set([',', '-', '–', '—', '(']);
/** Articles a later member of a place list keeps after the joiner ("et le Morbihan", "and the Baltics"). */
const MEMBER_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’', 'the']);
/** Most capitalised tokens of an earlier list member walked back over ("Salt Lake City"). */
const MAX_MEMBER_TOKENS = 3;
/** Most earlier members walked back over to reach the list's preposition. */
const MAX_LIST_MEMBERS = 4;

/** The run [from, to) opens the sentence in capitals before a dateline mark. */
function isDatelineTown(tokens: Token[], from: number, to: number): boolean {
  if (from !== 0) return false;
  for (let i = from; i < to; i++) if (!isAllCaps(tokens[i])) return false;
  return DATELINE_CLOSERS.has(tokens[to]?.text ?? '');
}

/**
 * The preposition at `p` introduces a place: it always does, or it follows a site word ("420 personnes à X",
 * "its plant in X"); a year is no anchor ("revendue en 2021 à X" names the buyer).
 */
function isPlacePreposition(tokens: Token[], p: number): boolean {
  const prep = tokens[p].lower;
  if (PLACE_PREPOSITIONS.has(prep)) return true;
  if (!ANCHORED_PREPOSITIONS.has(prep)) return false;
  const before = tokens[p - 1];
  return !!before && SITE_WORDS.has(before.lower);
}

function isKnownPlaceRun(tokens: Token[], from: number, to: number): boolean {
  const lower = tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
  return PLACES.has(lower) || isKnownPlace(lower);
}

/**
 * The run [from, to) sits in a place's slot: after a place preposition, or as a later member of a list whose
 * earlier member does ("à Annecy et à Rumilly": a known town after "à" anchors the list too).
 */
function inPlaceSlot(tokens: Token[], from: number, to: number, depth: number, closed: boolean): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (isExtraPlaceSlot(tokens, from, to)) return true;
  let j = from - 1;
  // a later member keeps its article ("dans le Finistère et le Morbihan")
  if (MEMBER_ARTICLES.has(prev.lower) && LIST_JOINERS.has(tokens[j - 1]?.lower ?? '')) j--;
  else if (PLACE_PREPOSITIONS.has(prev.lower) || ANCHORED_PREPOSITIONS.has(prev.lower)) {
    if (isPlacePreposition(tokens, j)) return true;
    if (depth > 0 && isKnownPlaceRun(tokens, from, to)) return true;
    j--;
  }
  const joiner = tokens[j];
  if (!joiner || !LIST_JOINERS.has(joiner.lower) || depth >= MAX_LIST_MEMBERS) return false;
  let end = j;
  if (joiner.lower !== ',' && tokens[end - 1]?.text === ',') end--;
  const closes = closed || CLOSING_JOINERS.has(joiner.lower) || CLOSING_JOINERS.has(tokens[to]?.lower ?? '');
  if (!closes) return false;
  let k = end;
  while (k > 0 && end - k < MAX_MEMBER_TOKENS && isCapitalised(tokens[k - 1])) k--;
  return k < end && inPlaceSlot(tokens, k, end, depth + 1, true);
}

/** The mention sits where a place goes. */
export function isLocativeSlot(tokens: Token[], from: number, to: number): boolean {
  return isDatelineTown(tokens, from, to) || inPlaceSlot(tokens, from, to, 0, false);
}

/**
 * Names (by folded key) whose every mention is untyped and in a place's slot: they name towns, not parties.
 * A key also written in any other slot, or typed by a cue once, is kept.
 */
export function locativeOnlyKeys(items: readonly Item[], sentTokens: Token[][]): Set<string> {
  const verdict = new Map<string, boolean>();
  for (const x of items) {
    if (verdict.get(x.key) === false) continue;
    const tokens = sentTokens[x.c.sentence];
    // a country the gazetteer knows keeps its older reading, as in site-places.ts: wire copy with no other name
    // ("acquired a plant in Ecuador") holds the buyer only through it
    const placed =
      x.c.kind === 'unknown' &&
      !x.c.verbCue &&
      !isKnownPlaceRun(tokens, x.c.from, x.c.to) &&
      isLocativeSlot(tokens, x.c.from, x.c.to);
    verdict.set(x.key, placed);
  }
  const keys = new Set<string>();
  for (const [key, placed] of verdict) if (placed) keys.add(key);
  return keys;
}
