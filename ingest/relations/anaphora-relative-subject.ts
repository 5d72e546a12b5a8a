import type { Unit } from './pattern';
import { opensRelative } from './syntax';
import { clauseStart } from './frames/clause';

/**
 * "Milo Robotics, which is backed by Japanese investor Kaname Capital, is run by its co-founder P", "Kestrel, qui
 * est soutenue par le fonds Harlow Capital, est dirigée par sa cofondatrice P": once the relative clause after the
 * subject has closed, a possessive in the main clause owns what the sentence is about, its subject, not the last
 * company the relative clause named as an object. The nearest-company reading made P a founder of the investor.
 */

/** Most units before the subject: a determiner or a describing word or two ("The Lyon-based X, which …"). */
const MAX_UNITS_BEFORE_SUBJECT = 3;

/**
 * The company opening the sentence when a relative clause after it ("X, which …,") has closed before the
 * possessive at the end of `units` (the units read so far) and no name stands in the main clause since; else null.
 */
export function relativeClauseSubject(units: Unit[]): number | null {
  const at = units.findIndex((u) => u.kind === 'ent');
  const subject = units[at];
  if (at < 0 || at > MAX_UNITS_BEFORE_SUBJECT || subject.kind !== 'ent' || !subject.orgs || subject.anaphor)
    return null;
  if (subject.ents.length !== 1 || !opensRelative(units, at)) return null;
  // the comma closing the relative clause: the last one read; nothing after it may be a name
  let close = -1;
  for (let k = units.length - 1; k > at + 2 && close < 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') return null;
    if (u.token.text === ',') close = k;
  }
  return close < 0 ? null : subject.ents[0];
}

/** Units from the subject to its relative clause's first word: the subject, the comma, "which" / "qui". */
const RELATIVE_OPENING_UNITS = 3;

/**
 * Unit `i` stands in the relative clause opened right after the sentence's subject, and the clause closes on a
 * comma before the main verb ("Le groupe, qui a déjà acquis Thermeco en 2022, réalise …", "The group, which bought
 * Vandel in 2021, now makes …"): what is told there is the subject's record, and "Son fondateur" / "Its founder"
 * opening the next sentence is still the subject's, not the company the relative clause bought.
 */
export function inSubjectRelative(units: Unit[], i: number): boolean {
  const at = units.findIndex((u) => u.kind === 'ent');
  const subject = units[at];
  if (at < 0 || at > MAX_UNITS_BEFORE_SUBJECT || subject.kind !== 'ent' || !subject.orgs) return false;
  if (!opensRelative(units, at)) return false;
  if (i < at + RELATIVE_OPENING_UNITS || clauseStart(units, i) !== at + RELATIVE_OPENING_UNITS) return false;
  return units.some((u, k) => k > i && u.kind === 'tok' && u.token.text === ',');
}

/** The first unit from `from` on naming entity `e`, or -1. */
export function entityUnitFrom(units: Unit[], from: number, e: number): number {
  for (let k = Math.max(from, 0); k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.ents.includes(e)) return k;
  }
  return -1;
}
