import type { Unit } from '../pattern';
import { isStop, wordAt } from './rivals-clause';

/**
 * A contest the clause denies or rules out before its trigger: "ne compte pas pour autant s'attaquer à A", "n'a
 * pas l'intention de concurrencer A", "has no plans to compete with A", "does not intend to take on A". The
 * triggers' own check reads a negation right before the verb; an intent verb puts it further back. "not only
 * competes with A" and "ne … que" (only) still say the contest.
 */

const NEGATION = /^(pas|plus|jamais|aucun|aucune|nullement|not|never|no|n't)$/u;
/**
 * Negations that deny an intent noun or the intent itself, for pattern rules that read an infinitive ("has no plans
 * to compete with A", "never intended to compete with A", "sans aucune intention de"); a plain "not" before an
 * infinitive may deny an ability ("not big enough to compete with A"), which still tells of rivals.
 */
export const DENIED_INTENT_WORDS = '(no|never|aucun|aucune|jamais|nullement)';
/** "not only", "pas seulement", "non seulement": the contest is said, and more. */
const ONLY = /^(only|just|merely|seulement|uniquement|simplement)$/u;
/**
 * Verbs and nouns of intent: only a denied intent rules the contest out. A denied ability ("seuls, nous n'aurions
 * pas pu rivaliser avec A", "could not have kept up with A") still tells of rivals.
 */
const INTENT =
  /^(compte|comptent|comptons|entend|entendent|entendons|intention|prévoit|prévoient|envisage|envisagent|veut|veulent|voulons|cherche|cherchent|souhaite|souhaitent|plan|plans|planning|planned|intend|intends|intended|intention|aim|aims|aimed|seek|seeks|sought|want|wants|wanted)$/u;
/** Words looked back from the trigger for the negation. */
const LOOKBACK_WORDS = 6;

export function deniedIntent(units: Unit[], trigger: number): boolean {
  for (let k = trigger - 1; k >= 0 && k >= trigger - LOOKBACK_WORDS; k--) {
    const u = units[k];
    // the negation belongs to this clause: no name, comma or stop in between
    if (u.kind !== 'tok' || isStop(units, k) || u.token.text === ',') return false;
    const w = wordAt(units, k);
    if (w !== null && NEGATION.test(w))
      return !ONLY.test(wordAt(units, k + 1) ?? '') && intentAfter(units, k, trigger);
  }
  return false;
}

/** A word of intent stands between the negation at `neg` and the trigger, or in it ("ne compte pas"). */
function intentAfter(units: Unit[], neg: number, trigger: number): boolean {
  for (let k = neg - 1; k < trigger; k++) if (INTENT.test(wordAt(units, k) ?? '')) return true;
  return false;
}
