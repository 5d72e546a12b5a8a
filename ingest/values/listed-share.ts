import { memoByText, memoByTextPair } from './text-memo';
import { literalNameSearch } from '../name-slot';

/**
 * A holder's own share in a sentence that lists several holders with their shares ("détenu à 58 % par P, à 25 % par
 * A et à 7 % par B"; "A owns 40% of Y, B 35% and C the rest"). The sentence's first percentage is only the first
 * holder's: read for every party it gives a later holder the first one's share (a majority holder's share turns a
 * minority backer into a buyer). Null when the sentence is no such list or the party has no share beside it.
 */

/** A percentage anywhere in the sentence, to tell a list (two or more) and to size "the rest". */
const ANY_PERCENT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)/gu;
/** What every percentage above contains, tested before the scan. */
const SHARE_MARK = /%|pct|cent/u;
/** Lower-case words allowed between "par" and the holder's name ("le fonds", "la holding"). */
const HOLDER_LEAD = "(?:[\\p{Ll}'’-]+\\s){0,3}";
/** Hedges before a share ("about 30%"). */
const HEDGE = '(?:(?:about|around|some|roughly|nearly|almost|approximately|environ)\\s)?';
const PERCENT = '(\\d{1,3}(?:[.,]\\d+)?)\\s?(?:%|pct\\b|per\\s?cent\\b|pour\\s?cent\\b)';
/** Verbs of holding between a holder and its share ("C, a strategic investor since 2023, holds 9%"). */
const HOLDS = '(?:owns|holds|owned|held|détient|détiennent|possède|possèdent)';
/** Words of the rest of the capital. */
const REST = '(?:the|le)\\s(?:rest|remainder|balance|reste|solde)\\b';
/** Most characters of an apposition between a holder and its verb of holding. */
const MAX_APPOSITION_CHARS = 60;
/** The whole capital, for "the rest". */
const WHOLE_PERCENT = 100;
/** A list has at least this many shares. */
const MIN_LISTED_SHARES = 2;

function percentOf(text: string): number {
  return Number(text.replace(',', '.'));
}

function sharesOf(sentence: string): number[] {
  return [...sentence.matchAll(ANY_PERCENT)].map((m) => percentOf(m[1]));
}

/**
 * The readings of a holder's share beside its name (`n`, the pattern source of a name as written), each compiled
 * once for every name (name-slot.ts): three patterns per listed holder were compiled per sentence before.
 */
const PASSIVE_SHARE = literalNameSearch(
  (n) => `à\\s(?:hauteur\\sde\\s)?${PERCENT}\\spar\\s${HOLDER_LEAD}${n}(?![\\p{L}\\p{N}])`,
  'u',
);
const ACTIVE_SHARE = literalNameSearch(
  (n) =>
    `(?<![\\p{L}\\p{N}])${n}(?:,[^,.;]{1,${MAX_APPOSITION_CHARS}},)?\\s(?:${HOLDS}\\s)?${HEDGE}${PERCENT}`,
  'u',
);
const REST_SHARE = literalNameSearch((n) => `(?<![\\p{L}\\p{N}])${n}\\s${REST}`, 'u');

/** The share told beside `surface` in `sentence`, if the sentence lists shares. */
function shareBeside(sentence: string, surface: string): number | null {
  const shares = sharesIn(sentence);
  const byPassive = PASSIVE_SHARE(surface, sentence);
  if (byPassive) return percentOf(byPassive[1]!);
  const byActive = ACTIVE_SHARE(surface, sentence);
  if (byActive) return percentOf(byActive[1]!);
  if (REST_SHARE(surface, sentence) === null) return null;
  const left = WHOLE_PERCENT - shares.reduce((sum, p) => sum + p, 0);
  return left > 0 ? left : null;
}

// every rule reading the sentence asks again for the same names: each answer is worked once
const memoShareBeside = memoByTextPair(shareBeside);
const sharesIn = memoByText(sharesOf);

/** The share of the first of `surfaces` that the sentence's list gives one, or null. */
export function listedShare(sentence: string, surfaces: readonly string[]): number | null {
  // every share ends in one of these: most sentences are passed over without the full scan
  if (!SHARE_MARK.test(sentence)) return null;
  if (sharesIn(sentence).length < MIN_LISTED_SHARES) return null;
  for (const s of surfaces) {
    // each reading holds the name as written: a sentence without it has no share beside it
    if (s.length === 0 || !sentence.includes(s)) continue;
    const share = memoShareBeside(sentence, s);
    if (share !== null) return share;
  }
  return null;
}
