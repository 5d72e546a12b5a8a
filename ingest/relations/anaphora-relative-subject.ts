import type { Unit } from './pattern';
import { opensRelative } from './syntax';

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
