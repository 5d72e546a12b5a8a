import type { Token } from '../tokens';

/**
 * "a mis la main sur deux fabricants, le nantais A en 2017 puis le vendéen B", "bought two rivals: A and B": a
 * bare count with no determiner announces the names that follow it, so it points at no pair named before. Read
 * after the counted noun: its complement ("de moustiquaires"), a comma or colon, then a member's opening words
 * (a determiner and a descriptor, "among them", "including") before a capitalised name.
 */

/** Most lower-case words of the counted noun's complement ("de réducteurs mécaniques"). */
const MAX_COMPLEMENT_WORDS = 4;
/** Most lower-case words between the comma and the first name ("l'angevin", "among them Texas"). */
const MAX_MEMBER_LEAD_WORDS = 3;
const LIST_OPENERS = new Set([',', ':']);

function capitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text !== t.lower;
}

function plainWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.lower;
}

/** The tokens from `k` (right after a counted noun) open a list of names it announces. */
export function countedNamesFollow(tokens: Token[], k: number): boolean {
  let j = k;
  for (let n = 0; n < MAX_COMPLEMENT_WORDS && plainWord(tokens[j]); n++) j++;
  if (!LIST_OPENERS.has(tokens[j]?.text ?? '')) return false;
  j++;
  for (let n = 0; n < MAX_MEMBER_LEAD_WORDS && plainWord(tokens[j]); n++) j++;
  return capitalised(tokens[j]);
}
