import type { Unit } from './pattern';
import { isOblique } from './syntax';
import { PREPOSITIONS } from './syntax-words';
import { isObliqueConjunct } from './oblique-conjunct';

/**
 * "Weldtek was acquired by Japanese group Kanemori Industries in 2021 and is run by P", "created by the merger of
 * dyestuffs maker Johnson Colours and Whitaker Resins, and has been run since 2021 by P", "Hollins, formed through
 * the merger of Hollins Frozen and Grimsby-based Northsea Fish Co, is led by P", "racheté par le groupe japonais
 * Kanemori": a name the press describes ("Japanese group", "dyestuffs maker", "Grimsby-based") after its preposition
 * is still that preposition's object, as is a later member of the list it opens; it is no subject of the verb after
 * it. `isOblique` only looks over a determiner, so the heading rules took the object for the company run.
 */

/** Most describing words read between the preposition and the name ("by the Japanese group X"). */
const MAX_DESCRIPTOR_WORDS = 4;
/** Most members walked back through a list ("of A, B and C"). */
const MAX_LIST_MEMBERS = 6;
/** A word of a describing phrase: letters, hyphens or an apostrophe ("dyestuffs", "Grimsby-based", "d'origine"). */
const DESCRIPTOR_WORD = /^[\p{L}][\p{L}'’-]*$/u;
/** Words that open or carry a clause, never part of a description: a verb, auxiliary, conjunction or relative. */
const CLAUSE_WORDS = new Set([
  'and',
  'or',
  'but',
  'et',
  'ou',
  'mais',
  'which',
  'who',
  'that',
  'qui',
  'que',
  'dont',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'est',
  'sont',
  'était',
  'a',
  'ont',
  'été',
  'sera',
  'it',
  'il',
  'elle',
]);
/**
 * French "de" before a bare noun builds a compound title ("l'homme d'affaires P", "le fabricant de piles X"): the
 * name after it is apposed to the head noun, not the object of "de". With a determiner ("de l'allemand X") it is.
 */
const COMPOUND_OF = new Set(['de', "d'", 'd’']);
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'l’', 'un', 'une']);
/** Words that join list members; a bare comma may end a fronted phrase instead ("Owned by A, B is run by P"). */
const LIST_JOINERS = new Set(['and', 'et', '&']);

/** The word of unit `k` if it may stand in a describing phrase before a name, else null. */
function descriptorAt(units: Unit[], k: number): string | null {
  const u = units[k];
  if (u?.kind !== 'tok') return null;
  const lower = u.token.lower;
  if (PREPOSITIONS.has(lower) || CLAUSE_WORDS.has(lower) || !DESCRIPTOR_WORD.test(u.token.text)) return null;
  return lower;
}

/** The index of the first unit before `i` that is no describing word (at most MAX_DESCRIPTOR_WORDS walked). */
function beforeDescription(units: Unit[], i: number): number {
  let k = i - 1;
  for (let n = 0; n < MAX_DESCRIPTOR_WORDS && descriptorAt(units, k) !== null; n++) k--;
  return k;
}

/** The name at `i` follows a preposition across a describing phrase, or is a later member of a list that does. */
export function isGovernedAcrossDescriptor(units: Unit[], i: number): boolean {
  if (isOblique(units, i) || isObliqueConjunct(units, i, PREPOSITIONS)) return true;
  let at = i;
  for (let members = 0; members < MAX_LIST_MEMBERS; members++) {
    const k = beforeDescription(units, at);
    const u = units[k];
    if (u?.kind !== 'tok') return false;
    // the preposition right before the description ("by Japanese group X"); the description itself must be there
    if (PREPOSITIONS.has(u.token.lower)) {
      const next = units[k + 1];
      const bareNoun = next?.kind === 'tok' && !DETERMINERS.has(next.token.lower);
      if (COMPOUND_OF.has(u.token.lower) && bareNoun) return false;
      return k < at - 1;
    }
    if (!LIST_JOINERS.has(u.token.lower)) return false;
    // "A and Grimsby-based B": step back to the member before the joiner; ", and" opens a new clause
    const m = k - 1;
    if (units[m]?.kind !== 'ent') return false;
    if (isOblique(units, m)) return true;
    at = m;
  }
  return false;
}
