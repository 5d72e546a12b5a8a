import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { entsAt } from './clause';
import { clauseSubject, wordAt } from './rivals-clause';
import { rivalsAfter } from './rivals-list';

/**
 * A company ranked between two others: "numéro deux derrière A mais devant B", "ranks third behind A but ahead of
 * B". The ones ranked above and below it stand in the same market ranking, so they are rivals of one another, and
 * the ranked company is the rival of the second side too, though "mais"/"but" opens a clause without its subject.
 */

/** Words looked back from "derrière"/"behind" for the rank that makes it a market position. */
const RANK_LOOKBACK_WORDS = 12;
/** Plain words allowed before the first name of each side ("derrière le leader A"). */
const SIDE_LEAD_WORDS = 3;

const RANK =
  /^(numéro|number|no\.|rang|rank|ranks|ranked|classé|classée|deuxième|troisième|quatrième|second|third|fourth|largest|biggest|[a-z]+-largest|[a-z]+-biggest|leader|premier|première)$/u;
const BEHIND = /^(derrière|behind)$/u;
const AHEAD = /^(devant|ahead)$/u;
/** What joins the two sides ("mais devant", "but ahead of", "et devant", ", devant"). */
const SIDE_JOIN = /^(mais|but|et|and|,|while|tout|yet)$/u;

/** A rank word within the words before unit `i`. */
function rankBefore(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - RANK_LOOKBACK_WORDS; k--) {
    const w = wordAt(units, k);
    if (w !== null && /^[;:.!?]$/u.test(w)) return false;
    if (w !== null && RANK.test(w)) return true;
  }
  return false;
}

/** The unit of the first `particle` word after `i` in its clause, or the clause's end. */
function particleAfter(units: Unit[], i: number, particle: RegExp): number {
  for (let k = i + 1; k < units.length; k++) {
    const w = wordAt(units, k);
    if (w !== null && (/^[;:.!?]$/u.test(w) || particle.test(w))) return k;
  }
  return units.length;
}

/**
 * The names after a side's particle at `i` ("derrière A", "ahead of B"), or []. The side ends before the other
 * particle: "behind A and ahead of B" would otherwise read "ahead of" as words describing a second member.
 */
function sideAfter(units: Unit[], i: number, other: RegExp): number[] {
  const from = wordAt(units, i + 1) === 'of' ? i + 2 : i + 1;
  const end = particleAfter(units, i, other);
  return rivalsAfter(units, from, SIDE_LEAD_WORDS, false).filter((k) => k < end);
}

/** The unit of the other side's particle right after a side ending at `last` ("… A mais devant"), or -1. */
function otherSideAt(units: Unit[], last: number, other: RegExp): number {
  let k = last + 1;
  while (k <= last + 2 && SIDE_JOIN.test(wordAt(units, k) ?? '')) k++;
  return k > last + 1 && other.test(wordAt(units, k) ?? '') ? k : -1;
}

function readRankSandwich(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    const w = wordAt(units, i);
    const first = w === null ? null : BEHIND.test(w) ? BEHIND : AHEAD.test(w) ? AHEAD : null;
    if (first === null || !rankBefore(units, i)) continue;
    const second = first === BEHIND ? AHEAD : BEHIND;
    const one = sideAfter(units, i, second);
    if (one.length === 0) continue;
    const j = otherSideAt(units, one[one.length - 1], second);
    if (j < 0) continue;
    const two = sideAfter(units, j, first);
    const a = one.flatMap((k) => entsAt(units, k));
    const b = two.flatMap((k) => entsAt(units, k)).filter((e) => !a.includes(e));
    if (b.length > 0) out.push({ a, b, '#a': [one[0]], '#b': [two[0]], [MATCH_START]: [i] });
    const subject = clauseSubject(units, i);
    if (subject === null) continue;
    const s = subject.flatMap((k) => entsAt(units, k));
    const rivals = two.flatMap((k) => entsAt(units, k)).filter((e) => !s.includes(e));
    if (s.length > 0 && rivals.length > 0)
      out.push({ a: s, b: rivals, '#a': [subject[0]], '#b': [two[0]], [MATCH_START]: [subject[0]] });
  }
  return out;
}

export const RANK_SANDWICH_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-rank-sandwich',
    type: 'COMPETES_WITH',
    read: readRankSandwich,
    neededWords: ['derrière', 'behind'],
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
];
