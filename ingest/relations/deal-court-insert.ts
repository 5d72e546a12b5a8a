import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * A takeover of a failing company is told with the court that ordered it between the verb and what was taken over:
 * "a repris, à la barre du tribunal de commerce de Bordeaux, la biscuiterie Y", "avant de reprendre en mars devant
 * le tribunal de commerce de Quimper la crèmerie Y", "a racheté au tribunal de commerce la fonderie Y". The court
 * phrase is a shape (a locative opener, "tribunal", its kind and seat), not a wording; like a time or a price phrase
 * (deal-time-transparent.ts) it says where the deal was decided, never who took part, so it is dropped from the
 * units the deal rules see. The court is no party: no entity is lost.
 */

/** Openers of the court phrase: "à la barre (du tribunal …)", "devant le tribunal", "au tribunal". */
const BAR_OPENER = ['à', 'la', 'barre'] as const;
const COURT_OPENERS = new Map<string, readonly string[]>([
  ['devant', ['le']],
  ['au', []],
]);
const COURT = 'tribunal';
/** The court's kind after "tribunal" ("de commerce", "judiciaire", "des activités économiques"). */
const COURT_KIND_ONE_WORD = /^(judiciaire|mixte)$/;
const COMMERCE_KIND = ['de', 'commerce'] as const;
const ACTIVITIES_KIND = ['des', 'activités', 'économiques'] as const;
/** The seat's preposition ("de Bordeaux", "d'Angers", "du Mans"). */
const SEAT_OF = /^(de|d'|du)$/;

function wordsAt(units: Unit[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => wordOrNullAt(units, i + k) === w);
}

/** A town's name: a capitalised word (a place is no entity) or a name the reader typed. */
function isSeat(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  if (u.kind === 'ent') return true;
  return /^\p{Lu}/u.test(u.token.text);
}

/** Units of "tribunal (de commerce) (de Bordeaux)" opening at `i`, or 0. */
function courtLength(units: Unit[], i: number): number {
  if (wordOrNullAt(units, i) !== COURT) return 0;
  let k = i + 1;
  const kind = wordOrNullAt(units, k) ?? '';
  if (COURT_KIND_ONE_WORD.test(kind)) k++;
  else if (wordsAt(units, k, ACTIVITIES_KIND)) k += ACTIVITIES_KIND.length;
  else if (wordsAt(units, k, COMMERCE_KIND)) k += COMMERCE_KIND.length;
  if (SEAT_OF.test(wordOrNullAt(units, k) ?? '') && isSeat(units, k + 1)) k += 2;
  return k - i;
}

/** Units of the bare court phrase opening at `i` (no enclosing commas), or 0. */
function bareCourtPhraseLength(units: Unit[], i: number): number {
  if (wordsAt(units, i, BAR_OPENER)) {
    const k = i + BAR_OPENER.length;
    // "à la barre" alone is the same phrase; "du tribunal …" names the court
    if (wordOrNullAt(units, k) === 'du') {
      const court = courtLength(units, k + 1);
      return court > 0 ? BAR_OPENER.length + 1 + court : 0;
    }
    return BAR_OPENER.length;
  }
  const opener = COURT_OPENERS.get(wordOrNullAt(units, i) ?? '');
  if (!opener || !wordsAt(units, i + 1, opener)) return 0;
  const court = courtLength(units, i + 1 + opener.length);
  return court > 0 ? 1 + opener.length + court : 0;
}

/**
 * Units a court phrase opening at `i` spans, with its commas when it is set off by them (", à la barre du tribunal
 * de commerce de Brest,"), or 0. A phrase opened by a comma must close with one: the object follows it.
 */
export function courtInsertLength(units: Unit[], i: number): number {
  if (wordOrNullAt(units, i) === ',') {
    const n = bareCourtPhraseLength(units, i + 1);
    return n > 0 && wordOrNullAt(units, i + 1 + n) === ',' ? n + 2 : 0;
  }
  return bareCourtPhraseLength(units, i);
}
