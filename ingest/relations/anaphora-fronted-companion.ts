import type { Unit } from './pattern';
import { isOblique } from './syntax';

/**
 * "Avec Cadrelia, le groupe affrontera …", "Grâce à X, le lyonnais devrait …", "With Dockbase, the group will …": a
 * sentence opening on a phrase of company, means or comparison names a company that is not the clause's subject,
 * so a pointer right after the phrase's comma opens the main clause and stands for another company, never for one
 * the phrase named (the company a group is "with" is the one it bought or joined). "Chez X, le groupe" and "Pour X,
 * le groupe" are topics (anaphora-topic-deal.ts), where the group may be X: their openers are not here.
 */

/** Words opening such a phrase ("Grâce à", "Face à", "Contrairement à", "Thanks to" by their first word). */
const COMPANION_OPENERS: ReadonlySet<string> = new Set([
  'avec',
  'après',
  'outre',
  'grâce',
  'comme',
  'face',
  'contrairement',
  'with',
  'after',
  'besides',
  'like',
  'unlike',
  'thanks',
  'following',
]);

/**
 * The companies the opening phrase named, when the sentence so far (`units`) is that phrase and its comma:
 * organisations only, the first governed by a preposition. Null when the sentence does not open so.
 */
export function frontedCompanionOrgs(units: readonly Unit[]): number[] | null {
  const first = units[0];
  if (first?.kind !== 'tok' || !COMPANION_OPENERS.has(first.token.lower)) return null;
  const last = units.at(-1);
  if (last?.kind !== 'tok' || last.token.text !== ',') return null;
  const named: number[] = [];
  for (let k = 1; k < units.length - 1; k++) {
    const u = units[k];
    if (u.kind === 'tok') {
      // one phrase only: a comma inside it opens an aside or a clause this reading does not follow
      if (u.token.text === ',') return null;
      continue;
    }
    // "Face à A et B,": the first name follows the preposition, the others are its list
    if (!u.orgs || u.persons || u.anaphor || (named.length === 0 && !isOblique(units as Unit[], k)))
      return null;
    named.push(...u.ents);
  }
  return named.length === 0 ? null : named;
}
