import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { predecessorsOutOfPost } from './frames/founders-succession';

/**
 * "présidente d'X, qui a succédé en 2022 au fondateur, Q", "Omar Sayed, who replaced chief executive Q in 2021": the
 * person a past verb of taking over names is the one who left the post. A title or a company before them in the sentence was
 * given for the successor, so a LEADS match with the predecessor as leader is refused, unless the clause moves them
 * to the chair ("replacing Q, who will become chairman": frame.leads.predecessor-becomes-chair reads it).
 */

/** The past forms of taking over: a sentence without any is not read. */
const SUCCEED_STEM = /^(succeeded|replaced|succédé|remplacé)$/;

/** The predecessors of a sentence, read once whatever the number of matches asking. */
const readings = new WeakMap<Unit[], number[]>();

function predecessors(units: Unit[]): number[] {
  let known = readings.get(units);
  if (known === undefined) {
    const hasVerb = units.some((u) => u.kind === 'tok' && SUCCEED_STEM.test(u.token.lower));
    known = hasVerb ? predecessorsOutOfPost(units) : [];
    readings.set(units, known);
  }
  return known;
}

/** A LEADS match whose leader is a predecessor who gave the post up. */
export function leaderIsPredecessor(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'LEADS' || !rule.source) return false;
  const people = caps[rule.source] ?? [];
  return people.length > 0 && predecessors(units).some((e) => people.includes(e));
}
