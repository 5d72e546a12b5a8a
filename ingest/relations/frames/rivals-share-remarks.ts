import type { Unit } from '../pattern';
import { wordAt } from './clause';

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

/** The members of a ranking from `start` with their shares stepped over: unit indexes (empty if none opens it). */
export function rankedWithShares(units: Unit[], start: number): number[] {
  if (!isOrg(units, start)) return [];
  const got = [start];
  let k = start + 1;
  for (;;) {
    const after = pastShare(units, k);
    let j = after;
    while (JOINER.test(wordAt(units, j)) && j - after < 2) j++;
    if (j === after || !isOrg(units, j)) return got;
    got.push(j);
    k = j + 1;
  }
}
