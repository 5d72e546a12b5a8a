import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { isOblique } from './syntax';
import { EXPLETIVE_FOLLOWERS, FACT_PARTICIPLES, IMPERSONAL_FOLLOWERS_FR } from './anaphor-words';
import { isImpersonalIl } from './anaphora-impersonal';

/**
 * "X n'en est pas à son premier rapprochement : en 2019, elle avait fusionné avec Y", "X has been busy; last
 * year it bought Y": a clause after a colon or semicolon goes on about the subject of the clause before it, so
 * its opening "il"/"elle"/"it" (after a fronted phrase naming nobody) is that subject when it is a company.
 */

const CLAUSE_BREAKS = new Set([':', ';']);
const PRONOUNS = new Set(['il', 'elle', 'it']);
/** The words at `i` without which `colonClauseSubject` reads nothing (pointer-screen.ts skips it elsewhere). */
export const COLON_SUBJECT_START_WORDS: ReadonlySet<string> = PRONOUNS;

/** The company the pronoun at `i` stands for, or null when the shape is not there. */
export function colonClauseSubject(tokens: Token[], units: Unit[], i: number): number | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!PRONOUNS.has(t.lower) || next?.kind !== 'word') return null;
  // the impersonal "il" ("il s'agit", "il faut"), but not a company's reflexive verb ("il s'est offert Y")
  const reflexive = next.lower === "s'";
  if (
    t.lower === 'il' &&
    IMPERSONAL_FOLLOWERS_FR.has(next.lower) &&
    (!reflexive || isImpersonalIl(tokens, i))
  )
    return null;
  if (
    t.lower === 'it' &&
    EXPLETIVE_FOLLOWERS.has(next.lower) &&
    !FACT_PARTICIPLES.has(tokens[i + 2]?.lower ?? '')
  )
    return null;
  let brk = -1;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent') return null;
    if (CLAUSE_BREAKS.has(u.token.text)) {
      brk = k;
      break;
    }
  }
  if (brk < 0) return null;
  // right after the break, or after a fronted phrase closed by a comma ("en 2019, elle …")
  const between = units.slice(brk + 1);
  if (between.length > 0 && tokens[i - 1]?.text !== ',') return null;
  const first = units.findIndex((u) => u.kind === 'ent');
  const subject = units[first];
  if (first < 0 || first > brk || subject.kind !== 'ent' || !subject.orgs || subject.word !== undefined)
    return null;
  if (isOblique(units, first) || subject.ents.length !== 1) return null;
  // a person named in the first clause may be what the pronoun means
  if (units.slice(0, brk).some((u) => u.kind === 'ent' && !u.orgs)) return null;
  return subject.ents[0];
}
