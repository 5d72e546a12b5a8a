import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * Spans a counted list of purchases steps over without losing its thread. The press dates each member where it
 * stands: before a later member ("et, l'an dernier, le vendéen B", "and, a year later, B") or after one ("B deux
 * ans plus tard"), and between the count and its list ("four companies since 2022, among them A"). It also
 * counts without a number ("a string of smaller firms, including A and B", "une série de PME : A, B"). Neither
 * span names a party, so the list reader reads through them.
 */

const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december';
/** Words a short time phrase is made of. */
const TIME_PHRASE_WORDS = new RegExp(
  `^(in|en|on|over|during|durant|au|cours|the|same|following|previous|next|last|past|a|an|one|un|une|deux|trois|quatre|two|three|four|year|years|month|months|an|ans|année|mois|later|plus|tard|after|afterwards|ago|earlier|dernier|dernière|derniers|dernières|passé|passée|suivant|suivante|même|l'|l'an|l'année|la|le|début|fin|early|late|mid|\\d{4}|${MONTHS})$`,
);
/** Words without which such a run is no time phrase ("the same" or "a year" alone date nothing). */
const TIME_ANCHORS = new RegExp(
  `^(later|tard|ago|earlier|afterwards|même|same|dernier|dernière|derniers|dernières|passé|passée|past|suivant|suivante|following|\\d{4}|${MONTHS})$`,
);
/** Most units of such a time phrase ("over the past two years", "deux ans plus tard"). */
const MAX_TIME_PHRASE_UNITS = 5;

/**
 * The index right after a time phrase opening at `k` (its last anchor word ends it), or `k` when none opens
 * there: "l'an dernier" and "a year later" end after their anchor, so a determiner after them stays unread.
 */
export function timePhraseEnd(units: Unit[], k: number): number {
  let end = k;
  for (let j = k; j < units.length && j - k < MAX_TIME_PHRASE_UNITS; j++) {
    const u = units[j];
    if (u.kind !== 'tok' || !TIME_PHRASE_WORDS.test(u.token.lower)) break;
    if (TIME_ANCHORS.test(u.token.lower)) end = j + 1;
  }
  return end;
}

/** Openers and nouns of a count told without a number ("a string of", "une série de"). */
const QUANTIFIER_OPENERS = /^(a|une)$/;
const QUANTIFIER_NOUNS = /^(string|series|handful|raft|clutch|succession|série|poignée|dizaine|kyrielle)$/;
const QUANTIFIER_OF = /^(of|de|d')$/;

/** The last unit of a quantifier opening at `k` ("a string of", "une poignée de"), or -1. */
export function quantifierEnd(units: Unit[], k: number): number {
  return QUANTIFIER_OPENERS.test(wordAt(units, k)) &&
    QUANTIFIER_NOUNS.test(wordAt(units, k + 1)) &&
    QUANTIFIER_OF.test(wordAt(units, k + 2))
    ? k + 2
    : -1;
}
