import type { Unit } from '../pattern';
import { entsAt, isOrgAt, relativeAntecedent, wordAt } from './clause';

/**
 * Roles of a buying verb or noun found beyond the plain clause: the main subject after a relative clause that
 * closed just before the verb, and the company whose stake a deal noun buys ("l'acquisition d'une participation
 * majoritaire dans Y").
 */

/** Lower-case words that may stand between a relative's closing comma and the main verb ("cette fois", "now"). */
const MAX_WORDS_AFTER_RELATIVE = 3;

/**
 * "X, qui avait racheté A l'an dernier, met cette fois la main sur B": the relative opened at `start` closed with
 * a comma just before the trigger, which is the main clause's verb, so the antecedent X is its subject. -1 else.
 */
export function closedRelativeAntecedent(units: Unit[], start: number, trigger: number): number {
  const antecedent = relativeAntecedent(units, start);
  if (antecedent < 0) return -1;
  for (let k = trigger - 1; k > start && trigger - k <= MAX_WORDS_AFTER_RELATIVE + 1; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    // a verb or auxiliary of the relative right before the comma would make the trigger part of it
    if (u.token.lower === ',') return k > start + 1 ? antecedent : -1;
    if (u.token.kind !== 'word' || !/^\p{Ll}/u.test(u.token.text)) return -1;
  }
  return -1;
}

/** Words naming a stake bought: "l'acquisition d'une participation majoritaire dans Y", "of a 60% stake in Y". */
const STAKE_NOUN_WORDS =
  /^(of|de|du|d'|des|a|an|une|la|le|l'|the|\d.*|%|pct|percent|per|cent|stake|participation|majority|majoritaire|controlling|contrôle|part|parts|capital|shares|titres|actions|interest|remaining|restants|reste)$/;
/** Most units between a deal noun and the company whose stake it buys. */
const MAX_STAKE_UNITS = 8;

/** The company after "dans"/"in" when only a stake stands between it and the noun at `at`; null when none. */
export function stakeObject(units: Unit[], at: number): number | null {
  let sawStake = false;
  for (let k = at + 1; k < units.length && k - at <= MAX_STAKE_UNITS; k++) {
    const w = wordAt(units, k);
    if (/^(dans|in)$/.test(w)) return sawStake && isOrgAt(units, k + 1) ? k + 1 : null;
    if (units[k].kind === 'ent' || !STAKE_NOUN_WORDS.test(w)) return null;
    if (/^(stake|participation|interest|majority|majoritaire|controlling)$/.test(w)) sawStake = true;
  }
  return null;
}

/** Prepositions opening a fronted phrase that sets the time or the backdrop ("Sous l'ère X,", "Under X's watch,"). */
const BACKDROP_OPENERS = /^(sous|under|depuis|since|pendant|during|avec|with|après|after|selon|according)$/;
/** Most units from the opener to the name it holds ("Sous l'ère de X"). */
const MAX_BACKDROP_HEAD_UNITS = 3;

/**
 * "Sous l'ère X, la société a doublé de taille grâce au rachat de Y": the name in a fronted backdrop phrase closed
 * by a comma is not the clause's subject; the party standing after the comma is. Returns that party, -1 when
 * the name at `subject` is no such backdrop, -2 when the party after it is a pointer taken for the backdrop's
 * name ("Sous l'ère X, la société …" read as X): no reading then.
 */
export function subjectAfterBackdrop(units: Unit[], subject: number, trigger: number): number {
  let opener = -1;
  for (let k = subject - 1; k >= 0 && subject - k <= MAX_BACKDROP_HEAD_UNITS; k--)
    if (BACKDROP_OPENERS.test(wordAt(units, k))) {
      opener = k;
      break;
    }
  if (opener < 0 || (opener > 0 && wordAt(units, opener - 1) !== ',')) return -1;
  let comma = subject + 1;
  while (comma < trigger && wordAt(units, comma) !== ',') comma++;
  if (comma >= trigger) return -1;
  for (let k = comma + 1; k < trigger; k++)
    if (isOrgAt(units, k)) return sameParty(units, k, subject) ? -2 : k;
  return -1;
}

function sameParty(units: Unit[], a: number, b: number): boolean {
  const ents = entsAt(units, b);
  return entsAt(units, a).some((e) => ents.includes(e));
}
