import type { Unit } from '../pattern';

/**
 * The person subject of a verb reached across what press copy puts between them: an apposition ("Hannah Okafor, a
 * former National Grid engineer, co-founded X"), an apposition and a relative word ("said P, the group's chief
 * executive, who founded X"), or a first predicate coordinated to the verb's ("P previously ran Y, a hospital
 * software vendor, and co-founded X"). A verb reader that only looks at the words right before the verb stops at the
 * apposition's closing comma and loses the subject.
 */

/** Most units an apposition or a first predicate may span between the subject and the verb's clause. */
const MAX_SPAN_UNITS = 14;
/** Units that end a clause: no subject is looked for past them. */
const CLAUSE_END = /^([.;:!?"“”«»()]|but|mais|while|tandis|whereas|alors)$/u;
const COORDINATOR = /^(and|et)$/u;

function wordOf(u: Unit | undefined): string | null {
  if (u === undefined) return null;
  if (u.kind === 'tok') return u.token.lower;
  return u.word?.lower ?? null;
}

function isPerson(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs;
}

/**
 * "P, <apposition>," with the closing comma at `comma`: the index of P, or -1. The apposition names no other
 * person (a second name between would be the nearer subject, or a list) and ends no clause.
 */
export function personBeforeApposition(units: Unit[], comma: number): number {
  if (wordOf(units[comma]) !== ',') return -1;
  for (let j = comma - 1; j > 0 && comma - j <= MAX_SPAN_UNITS; j--) {
    const u = units[j];
    if (isPerson(u)) return -1;
    const w = wordOf(u);
    if (w !== null && CLAUSE_END.test(w)) return -1;
    if (w === ',' && isPerson(units[j - 1])) return j - 1;
  }
  return -1;
}

/**
 * "P previously ran Y, …, and co-founded X": the coordinator at `and` (after a comma) joins a second predicate to
 * the sentence's subject, the person that opens the sentence; no other person may stand between.
 */
export function subjectOfCoordinatedPredicate(units: Unit[], and: number): number {
  if (!COORDINATOR.test(wordOf(units[and]) ?? '') || wordOf(units[and - 1]) !== ',') return -1;
  if (!isPerson(units[0]) || and > MAX_SPAN_UNITS * 2) return -1;
  for (let j = 1; j < and; j++) {
    const u = units[j];
    if (isPerson(u)) return -1;
    const w = wordOf(u);
    if (w !== null && CLAUSE_END.test(w)) return -1;
  }
  return 0;
}
