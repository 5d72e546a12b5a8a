import type { Captures, Unit } from '../pattern';
import { agentsAt, orgBeforeParticiple, triggerAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';

/** FOUNDED told as a company's birth from people meeting: "X est née de la rencontre entre A et B". */

/** Participles of being born or issued from something ("née", "issue"). */
export const BORN_PARTICIPLE = /^(née|né|nées|nés|issue|issu|issues|issus)$/;
/** Nouns of people coming together; a merger ("fusion") or a spin-off ("scission") is no founding by people. */
const MEETING_NOUN = /^(rencontre|association|alliance|amitié)$/;
/** Words joining the meeting noun to its people ("entre A et B", "de A et B"). */
const MEETING_OF = /^(entre|de|d'|du)$/;

/** "X est née de la rencontre entre A, pharmacien, et B": every person met founded X. */
export function readBornOfMeeting(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (!BORN_PARTICIPLE.test(triggerAt(units, t) ?? '')) return;
    if (!/^(de|d')$/.test(wordAt(units, t + 1) ?? '') || !/^(la|l')$/.test(wordAt(units, t + 2) ?? ''))
      return;
    if (!MEETING_NOUN.test(wordAt(units, t + 3) ?? '') || !MEETING_OF.test(wordAt(units, t + 4) ?? ''))
      return;
    const people = agentsAt(units, t + 5, t);
    const org = orgBeforeParticiple(units, t);
    if (!people || !org || org.negated) return;
    out.push(captures(people.ids, people.first, org.ids, org.at, org.at));
  });
  return out;
}
