import type { EntityIndex } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { isFundLikeName } from './salience-cues';

/**
 * "a 30% minority stake in Lumen Dental Partners", "une participation de 35 % dans Natura Capital": a company the
 * article tells money went into is the business invested in, not an investment firm, though its name ends like
 * one ("Partners", "Capital"); it keeps a subject's weight and carries "it" / "the group" like any company.
 */

/** Nouns and verbs of money or shares going into a company, read before its "in" / "dans". */
const STAKE_WORDS =
  /^(stakes?|holdings?|investments?|invest(s|ed)?|round|financing|funding|participations?|investissements?|investi|investit|injects|injected)$/;
/** Words allowed between the stake word and the preposition ("stake of about 10% in", "participation de 35 % dans"). */
const MAX_WORDS_TO_IN = 5;
const INTO = /^(in|into|dans)$/;
const DETERMINER = /^(the|la|le|l'|les)$/;

/** Unit `i` is the company a stake or an investment goes into. */
function isStakeTarget(units: Unit[], i: number): boolean {
  let k = i - 1;
  const det = units[k];
  if (det?.kind === 'tok' && DETERMINER.test(det.token.lower)) k--;
  const prep = units[k];
  if (prep?.kind !== 'tok' || !INTO.test(prep.token.lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_WORDS_TO_IN; j--) {
    const w = units[j];
    if (w.kind !== 'tok' || w.token.text === ',') return false;
    if (STAKE_WORDS.test(w.token.lower)) return true;
  }
  return false;
}

/** Records the named companies of the sentence that a stake or an investment goes into. */
export function recordInvestedNames(units: Unit[], state: DiscourseState): void {
  units.forEach((u, i) => {
    if (u.kind === 'ent' && u.orgs && !u.anaphor && isStakeTarget(units, i))
      for (const e of u.ents) state.investedNames.add(e);
  });
}

/** Nouns that introduce an investment firm ("le fonds Definvest", "the fund Kima"). */
const FUND_NOUNS = ['fonds', 'fund'];

/**
 * Entity `e` reads as an investment firm the article never told money went into: a fund-like name, or one the
 * article introduced as a fund ("ouvre son capital au fonds Definvest") whatever its name ends with.
 */
export function isInvestorName(index: EntityIndex, state: DiscourseState, e: number): boolean {
  if (state.investedNames.has(e)) return false;
  return (
    isFundLikeName(index.entities[e].surfaces[0] ?? '') ||
    FUND_NOUNS.some((n) => state.described.get(n) === e)
  );
}
