import type { Token } from '../tokens';
import { ROLE_WORDS } from './lexicon-roles';

/**
 * A post not yet taken is written after its title: "chairman elect Denys Henderson", "president-elect P",
 * "chief executive designate P". The role word before "elect" titles the name as surely as a bare "chairman P".
 */
const NOT_YET_WORDS = new Set(['elect', 'designate', 'designee']);
/** "chairman-elect" written as one word: the role and the marker joined by a hyphen. */
const JOINED_NOT_YET = /^(\p{L}+)-(elect|designate)$/u;

/** True when the words right before `from` are a role and its "elect"/"designate" marker. */
export function electTitleBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  const joined = JOINED_NOT_YET.exec(prev.lower);
  if (joined) return ROLE_WORDS.has(joined[1]);
  const role = tokens[from - 2];
  return NOT_YET_WORDS.has(prev.lower) && !!role && ROLE_WORDS.has(role.lower);
}
