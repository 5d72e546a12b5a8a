import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { PRESENT_LEAD_VERB } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { wordAt } from './clause';

/**
 * "P a quitté X pour créer Y, une start-up qu'elle préside", "P set up Y, a drone maker which he now runs": the
 * company described after its name is headed by the subject pronoun of the relative, who is the clause's person.
 * The pronoun names no one the units resolve, so the person is the only one named before the company: with two
 * people before it the pronoun's antecedent is unsure and nothing is read, unless the company stands in a relative
 * clause on the last of them ("A founded X with Q, who left in 2011 to start Y, a maker of kits that he still
 * runs"; "… avec Q, qui a quitté X pour créer Y, une PME qu'il dirige toujours"): that clause's subject is the
 * pronoun's.
 */

/** The relative pronouns that open a clause on the person just named ("Q, who left …", "Q, qui a quitté …"). */
const PERSON_RELATIVE = new Set(['who', 'qui']);

const DESCRIBED_OBJECT_RELATIVE = compile(
  `@org , ~8 (qu'|que|which|that|whom) (il|elle|he|she) ?(now|still|today|aujourd'hui|toujours|désormais|also|aussi) ${PRESENT_LEAD_VERB} !>(de|du|des|d'|of|the|le|la|les|l'|its|sa|son|ses)`,
  true,
);

/** The one person named before unit `at` (pronouns left aside), or -1 when none or several are. */
function onlyPersonBefore(units: Unit[], at: number): number {
  let found = -1;
  const seen = new Set<number>();
  for (let j = 0; j < at; j++) {
    const u = units[j];
    if (u.kind !== 'ent' || !u.persons || u.orgs) continue;
    u.ents.forEach((e) => seen.add(e));
    found = j;
  }
  return seen.size === 1 ? found : -1;
}

/**
 * The last person named before unit `at` when a relative clause on them ("Q, who …") runs up to the company with no
 * other name of a person in it, or -1.
 */
function relativeSubjectBefore(units: Unit[], at: number): number {
  for (let j = at - 1; j >= 0; j--) {
    const u = units[j];
    if (u.kind !== 'ent' || !u.persons) continue;
    if (u.orgs) return -1;
    return wordAt(units, j + 1) === ',' && PERSON_RELATIVE.has(wordAt(units, j + 2)) ? j : -1;
  }
  return -1;
}

function readDescribedObjectRelative(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (const c of matchAll(DESCRIBED_OBJECT_RELATIVE, units)) {
    const at = c['#org']?.[0] ?? -1;
    const only = onlyPersonBefore(units, at);
    const p = only >= 0 ? only : relativeSubjectBefore(units, at);
    const u = units[p];
    if (p < 0 || u?.kind !== 'ent') continue;
    out.push({ ...c, p: [...u.ents], '#p': [p] });
  }
  return out;
}

export const OBJECT_RELATIVE_LEADS_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.described-object-relative',
    type: 'LEADS',
    read: readDescribedObjectRelative,
    neededWords: ['il', 'elle', 'he', 'she'],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
