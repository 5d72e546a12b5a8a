import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { EXPLETIVE_FOLLOWERS } from './anaphor-words';

/**
 * "Its purchase of Y added nine hotels, and it merged with Z in 2017": a pronoun opening a clause coordinated after
 * a comma is the subject of the sentence's first clause, not the object the first clause ended on. Only when the
 * sentence opens on that company (named or pointed at), so "In 2020 the fund backed Y, and it …" is left alone.
 * English only: French ", et il détient 15 % de Z" then lends the stake to the first clause's purchase.
 */

const COORDINATORS = new Set(['and']);
const PRONOUNS = new Set(['it']);
/** The words at `i` without which `coordinatedPronounOrg` reads nothing (units-screen.ts skips it elsewhere). */
export const COORDINATED_IT_START_WORDS: ReadonlySet<string> = PRONOUNS;
/** Units before the subject a sentence may open on ("In 2019,", "Last year").  */
const MAX_UNITS_BEFORE_SUBJECT = 0;

/** The company the coordinated pronoun at `i` stands for, or null. */
export function coordinatedPronounOrg(tokens: Token[], units: Unit[], i: number): number | null {
  if (!PRONOUNS.has(tokens[i].text)) return null;
  if (!COORDINATORS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 2]?.text !== ',') return null;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || EXPLETIVE_FOLLOWERS.has(next.lower)) return null;
  const first = units.findIndex((u) => u.kind === 'ent');
  const u = units[first];
  if (first < 0 || first > MAX_UNITS_BEFORE_SUBJECT || u.kind !== 'ent' || !u.orgs || u.ents.length !== 1)
    return null;
  return u.ents[0];
}
