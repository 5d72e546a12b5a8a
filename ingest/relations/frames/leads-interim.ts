import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, objectOrgAfter, subjectPeopleBefore, wordAt } from './founders-clause';
import { captures } from './founders-founded';

/**
 * LEADS of an interim head told with a perfect of heading: "P, who has run the group on an interim basis since
 * March", "P has led X in an acting capacity". The perfect alone is not read (see founders-leads.ts: "who has led the
 * business since 2008" is as often said of a head being replaced); the interim mark makes the post a current one.
 * Only a named company is read: a pointer there ("the group") was as often resolved to the company the new head
 * comes from, named in the sentence before.
 */

/** Perfect auxiliaries: the post has run up to now. */
const PERFECT = /^(has|have)$/;
/** Past participles of heading after the perfect. */
const HEADED = /^(run|led|headed|chaired|helmed|steered)$/;
/** The words that mark an interim post. */
const INTERIM = /^(interim|acting)$/;
/** Most units after the company searched for the interim mark ("on an interim basis"). */
const MAX_INTERIM_SCAN_UNITS = 4;

interface InterimHead {
  subject: { ids: number[]; at: number };
  org: number;
  pointer: boolean;
}

function interimHeads(units: Unit[]): InterimHead[] {
  const out: InterimHead[] = [];
  units.forEach((_, t) => {
    if (!HEADED.test(wordAt(units, t) ?? '') || !PERFECT.test(wordAt(units, t - 1) ?? '')) return;
    const subject = subjectPeopleBefore(units, t);
    if (!subject || subject.negated) return;
    const org = objectOrgAfter(units, t + 1);
    if (org < 0) return;
    let interim = false;
    for (let j = org + 1; j < units.length && j - org <= MAX_INTERIM_SCAN_UNITS; j++) {
      const w = wordAt(units, j);
      if (w === null || /^[,;:.]$/.test(w)) break;
      if (INTERIM.test(w)) interim = true;
    }
    const u = units[org];
    if (interim) out.push({ subject, org, pointer: u.kind === 'ent' && u.anaphor });
  });
  return out;
}

/** "P has run X on an interim basis": X named. */
export function readInterimNamedHead(units: Unit[]): Captures[] {
  return interimHeads(units)
    .filter((h) => !h.pointer)
    .map((h) => captures(h.subject.ids, h.subject.at, idsAt(units, h.org), h.org, h.subject.at));
}

/** Below the pattern rules' 0.7–0.85, level with the other frame readers. */
const FRAME_CONFIDENCE = 0.65;

export const INTERIM_HEAD_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.interim-perfect',
    type: 'LEADS',
    read: readInterimNamedHead,
    neededWords: ['interim', 'acting'],
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
];
