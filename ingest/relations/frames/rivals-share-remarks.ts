import type { Unit } from '../pattern';
import { wordAt } from './clause';
import { MAX_DESCRIPTOR_WORDS, memberAfter } from './rivals-list';

/**
 * A ranking whose members each carry their share: "followed by B at 27% and C at 15%", "devant B avec 22 % et C à
 * 9 %", "followed by B (27%), C (15%) and D". The plain list reader stops at the first share; this one steps over a
 * share remark after each member, and nothing else.
 */

/** Words a share remark may open with. */
const SHARE_OPENER = /^(at|with|on|à|avec)$/u;
/** Words of a share: numbers, percent marks, "per cent", "pct", "points". */
const SHARE_WORD =
  /^(\d[\d.,]*%?|%|percent|per|cent|pct|points?|about|around|roughly|some|nearly|près|environ|de)$/u;
/** Most words of one share remark ("with roughly 27 per cent"). */
const SHARE_WORDS = 5;
const JOINER = /^(,|and|et)$/u;

function isOrg(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

/** Past a share remark after a member ending before `k` ("at 27%", "(22 %)"), or `k` when there is none. */
function pastShare(units: Unit[], k: number): number {
  if (wordAt(units, k) === '(') {
    for (let j = k + 1; j < units.length && j <= k + SHARE_WORDS; j++) {
      if (wordAt(units, j) === ')') return j + 1;
      if (!SHARE_WORD.test(wordAt(units, j))) return k;
    }
    return k;
  }
  if (!SHARE_OPENER.test(wordAt(units, k))) return k;
  let j = k + 1;
  while (j < units.length && j <= k + SHARE_WORDS && SHARE_WORD.test(wordAt(units, j))) j++;
  // a share must hold a number ("at 27%"), not "at home"
  const numbered = units.slice(k + 1, j).some((_, n) => /\d/u.test(wordAt(units, k + 1 + n)));
  return numbered ? j : k;
}

/** Words a ranking goes on with from a member already placed: "…, itself followed by C", "…, lui-même suivi de C". */
const CHAIN_SELF = /^(itself|themselves|lui-même|elle-même|eux-mêmes|elles-mêmes)$/u;
const CHAIN_MARKER = /^(followed|suivi|suivie|suivis|suivies|ahead|devant|talonné|talonnée)$/u;
const CHAIN_TAIL = /^(by|of|de|du|des|d'|par|près|closely)$/u;

/** Past a chained marker opening at the comma `k` ("…, itself followed by"), or `k` when there is none. */
function pastChain(units: Unit[], k: number): number {
  if (wordAt(units, k) !== ',') return k;
  let j = k + 1;
  if (CHAIN_SELF.test(wordAt(units, j))) j++;
  if (!CHAIN_MARKER.test(wordAt(units, j))) return k;
  j++;
  while (CHAIN_TAIL.test(wordAt(units, j))) j++;
  return j;
}

/**
 * The next member from `j`: a name at once, or one after its descriptor ("and Poland's Solaris", "et du belge
 * PetNova"). A described member ends a list that "and"/"et" or a chained marker closes, or carries its own share:
 * a bare comma and a descriptor may open another clause (", according to the trade body X").
 */
function nextMember(units: Unit[], j: number, closing: boolean): number {
  if (isOrg(units, j)) return j;
  const m = memberAfter(units, j, Math.min(units.length, j + MAX_DESCRIPTOR_WORDS + 1));
  if (m < 0) return -1;
  return closing || pastShare(units, m + 1) > m + 1 ? m : -1;
}

/** The members of a ranking from `start` with their shares stepped over: unit indexes (empty if none opens it). */
export function rankedWithShares(units: Unit[], start: number): number[] {
  // "followed by Taiwan's B on 9%", "suivi du taïwanais B (9 %)": the first member may carry its descriptor too
  const first = nextMember(units, start, false);
  if (first < 0) return [];
  const got = [first];
  let k = first + 1;
  for (;;) {
    const after = pastShare(units, k);
    const chained = pastChain(units, after);
    let j = chained;
    while (JOINER.test(wordAt(units, j)) && j - after < 2) j++;
    if (j === after) return got;
    const closing =
      chained > after || units.slice(after, j).some((_, n) => /^(and|et)$/u.test(wordAt(units, after + n)));
    const next = nextMember(units, j, closing);
    if (next < 0) return got;
    got.push(next);
    k = next + 1;
  }
}
