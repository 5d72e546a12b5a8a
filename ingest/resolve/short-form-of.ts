import type { NameItem as Item } from './named-apart';
import { isPrefix } from './named-apart';
import { isHyphenatedTailOf } from './hyphen-tail';
import { ORG_HEAD_WORDS } from '../entities/lexicon-common';
import { ORG_CUES_EN, ORG_CUES_FR } from '../entities/lexicon-words';
import { withoutDottedForm } from './name-core';
import { surnameOf } from './person-surnames';
import { isBodyBackReference } from './body-back-reference';

// Which longer name of the article a short form refers to (called from cluster.ts): its last core word, the name
// without its cue noun, a person's given names or surname, the one longer name it fits or the first one introduced.

/**
 * The core words of each long name, worked out once: every short name of an article is tried against every
 * longer one (settleUnknowns, uniqueLonger), so splitting the same key again per pair added up.
 */
const CORE_WORDS = new WeakMap<Item, string[]>();

export function coreWords(long: Item): string[] {
  let core = CORE_WORDS.get(long);
  if (core === undefined) CORE_WORDS.set(long, (core = withoutDottedForm(long.key.split(' '))));
  return core;
}

/** "Kodak" for "Eastman Kodak Co": the last distinctive word of a longer name. */
export function isLastCoreWord(short: Item, long: Item): boolean {
  // a hyphenated tail has two words or more (hyphen-tail.ts), a last core word one: never both
  if (short.words.length !== 1) return isHyphenatedTailOf(short, coreWords(long));
  if (ORG_HEAD_WORDS.has(short.words[0]) && !isBodyBackReference(short.words[0])) return false;
  const core = coreWords(long);
  return core.length > 1 && core[core.length - 1] === short.words[0];
}

/** "En-contact" for "Magazine En-Contact": a name kept with its cue noun in front, told later without it. */
export function isNameAfterCue(short: Item, long: Item): boolean {
  if (long.words.length !== short.words.length + 1) return false;
  const cue = long.words[0];
  if (!ORG_CUES_FR.has(cue) && !ORG_CUES_EN.has(cue)) return false;
  return short.words.every((w, i) => long.words[i + 1] === w);
}

/**
 * The person a lone surname refers to: the only full name ending in it, or, when several share it ("Pekka
 * Rantanen", "Mikko Rantanen"), the one named last before it; failing that, a full name named before that starts
 * with it.
 */
export function nearestFullName(x: Item, pool: Item[]): number {
  const bySurname = nearestByWord(x, pool, (l) => surnameOf(l.words));
  // "… appointed Helen Marsh … Helen has done this": a given name alone after the full name
  return bySurname >= 0 ? bySurname : nearestByWord(x, pool, (l) => l.words[0], true);
}

function nearestByWord(x: Item, pool: Item[], word: (long: Item) => string, onlyBefore = false): number {
  const fits = (s: Item, l: Item) => l.words.length > 1 && word(l) === s.words[0];
  const only = uniqueLonger(x, pool, fits);
  if (only >= 0 && (!onlyBefore || pool[only].c.start < x.c.start)) return only;
  let best = -1;
  for (let j = 0; j < pool.length; j++) {
    const y = pool[j];
    if (y.c.kind !== 'person' || !fits(x, y)) continue;
    const before = y.c.sentence < x.c.sentence || (y.c.sentence === x.c.sentence && y.c.to <= x.c.from);
    if (!before) continue;
    if (best < 0 || y.c.start > pool[best].c.start) best = j;
  }
  return best;
}

/**
 * "Goodyear Tire and Rubber Co … Goodyear Aerospace Corp … Goodyear said": a short form that several longer names
 * extend refers to the one the article named first, when that one was named before it.
 */
export function firstIntroduced(x: Item, pool: Item[], fits: (short: Item, long: Item) => boolean): number {
  // "Golden Nugget" is already "Golden Nugget Inc" (one key) when the article names that one too
  if (pool.some((y) => y.key === x.key && y.words.length > x.words.length)) return -1;
  let best = -1;
  for (let j = 0; j < pool.length; j++) {
    const y = pool[j];
    if (y.c.kind !== x.c.kind || !fits(x, y)) continue;
    if (best < 0 || y.c.start < pool[best].c.start) best = j;
  }
  return best >= 0 && pool[best].c.start < x.c.start ? best : -1;
}

/** A person's leading names said without the surname ("Ana Lucía" for "Ana Lucía Ferrer"). */
export function isGivenNamesOf(short: Item, long: Item): boolean {
  return long.words.length > short.words.length && isPrefix(short.words, long.words);
}

/** The one longer name a short form abbreviates, or -1 when none or several do. */
export function uniqueLonger(x: Item, pool: Item[], fits: (short: Item, long: Item) => boolean): number {
  let found = -1;
  let foundKey = '';
  for (let j = 0; j < pool.length; j++) {
    const y = pool[j];
    if (y.c.kind !== x.c.kind || !fits(x, y)) continue;
    if (found >= 0 && foundKey !== y.key) return -1;
    found = j;
    foundKey = y.key;
  }
  return found;
}
