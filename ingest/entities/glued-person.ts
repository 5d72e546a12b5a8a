import type { Token } from '../tokens';
import { isNameToken } from './name-joins';
import { isWorldGivenName, isWordLikeGivenName } from './person-given-names';

/**
 * "l'ancien associé de Clifford Chance Daniel Okonjo", "a former banker at Lazard Frères Anne Morel": a person's
 * name written right after the well-known firm they worked for runs on as one capitalised run. When the run opens
 * with a known name of two words or more and goes on with a given name and a surname, it names two things.
 */

/** Name words of the person after the firm: a given name and one or two more. */
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 3;

/** True when tokens [from, to) read as "Given Surname" or "Given Middle Surname". */
function isGivenNameFirst(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < MIN_PERSON_WORDS || n > MAX_PERSON_WORDS) return false;
  for (let k = from; k < to; k++) if (!isNameToken(tokens[k])) return false;
  const given = tokens[from].lower;
  return isWorldGivenName(given) && !isWordLikeGivenName(given);
}

/** The token where the person's name starts after a known firm's name of `known` tokens, or -1. */
export function personAfterKnownName(tokens: Token[], runFrom: number, known: number, to: number): number {
  if (known < 2) return -1;
  const at = runFrom + known;
  return at < to && isGivenNameFirst(tokens, at, to) ? at : -1;
}
