import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { pluralSubject } from './anaphora-plural-pronouns';

/**
 * The object pronoun of several that a verb of enabling governs: "Both companies said the deal would help them
 * compete with X", "A and B said the tie-up would allow them to take on X", "Les deux groupes estiment que le
 * rapprochement leur permettra de rivaliser avec X". The enabled ones are the sentence's own plural subject, not the
 * deal noun doing the enabling, so the rivalry (or any act told after the verb) is theirs.
 */

/** English enabling verbs an object "them" follows. */
const EN_ENABLING =
  /^(help|helps|helped|helping|allow|allows|allowed|allowing|enable|enables|enabled|enabling|let|lets|permit|permits|permitted)$/u;
/** French enabling verbs a dative clitic "leur" stands before ("leur permettra", "leur a permis", "doit leur permettre"). */
const FR_ENABLING =
  /^(permet|permettent|permettra|permettront|permettrait|permettraient|permettre|permis|permettant|donne|donnera|offre|offrira)$/u;
/** Auxiliaries between the clitic and the participle ("leur a permis de"). */
const FR_AUXILIARIES = /^(a|ont|avait|avaient|aura|auront|aurait|auraient)$/u;

/** The words at `i` without which `pluralObjectGroup` reads nothing (units-screen.ts skips it elsewhere). */
export const PLURAL_OBJECT_START_WORDS: ReadonlySet<string> = new Set(['them', 'leur']);

/** "them" right after an English enabling verb, "leur" right before a French one (an auxiliary may stand between). */
function enabledObjectAt(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (w === 'them') return EN_ENABLING.test(tokens[i - 1]?.lower ?? '');
  if (w !== 'leur') return false;
  const next = tokens[i + 1]?.lower ?? '';
  const verb = FR_AUXILIARIES.test(next) ? (tokens[i + 2]?.lower ?? '') : next;
  // "leur permis de conduire" is a possessive before a noun: the verb must open an infinitive ("… de rivaliser")
  const after = tokens[i + (verb === next ? 2 : 3)]?.lower ?? '';
  return FR_ENABLING.test(verb) && /^(de|d'|d’)$/u.test(after);
}

/**
 * The group an enabled object pronoun at `i` stands for: the sentence's plural subject, else null. When that
 * subject is the merging pair and the article named the company the merger makes, what is enabled is that company,
 * as "the combined company" is (`several-pointer.ts`): "The two firms said the tie-up would allow them to …".
 */
export function pluralObjectGroup(
  tokens: Token[],
  i: number,
  units: Unit[],
  state: DiscourseState,
): number[] | null {
  if (!PLURAL_OBJECT_START_WORDS.has(tokens[i].lower) || !enabledObjectAt(tokens, i)) return null;
  const group = pluralSubject(units);
  if (group === null || group.length < 2) return null;
  const pair = state.mergingPair;
  const merging = pair !== null && pair.length === group.length && pair.every((e) => group.includes(e));
  return merging && state.bornOrg !== null ? [state.bornOrg] : group;
}
