import type { EntityIndex, Mention } from '../../resolve/mentions';
import type { Token } from '../../tokens';
import { isLeaderTitle } from '../people';

/**
 * The company of a predecessor no LEADS was read for, because the sentence tells the head leaving ("X said that chief
 * executive P had left and that Q would replace him", "X a annoncé le départ de son PDG P, que Q remplacera"): the
 * title right before the predecessor's name is a post at the company the sentence is about: its subject, the first
 * name outside brackets (a wire's credit "(Reuters)" is none), when that is a company told before the predecessor.
 */

/** Most words of a bare title before the name ("chief executive", "le directeur général", "CEO"). */
const MAX_TITLE_WORDS = 3;
/** Determiners and possessives a French bare title may open with ("son PDG P"). */
const TITLE_OPENER = /^(le|la|l'|son|sa|its|their|leur)$/;

/** The bare leader's title ending right before token `at` (or before its comma), read on 1 to 3 words; else null. */
function titleBefore(tokens: Token[], from: number): string | null {
  // "son directeur général, P": the title apposed with a comma
  const at = tokens[from - 1]?.text === ',' ? from - 1 : from;
  for (let n = MAX_TITLE_WORDS; n >= 1; n--) {
    if (at - n < 0) continue;
    const words = tokens.slice(at - n, at);
    if (words.some((t) => t.kind !== 'word' || t.text !== t.lower)) continue;
    const text = words
      .map((t) => t.lower)
      .filter((w, i) => i > 0 || !TITLE_OPENER.test(w))
      .join(' ');
    if (text.length > 0 && isLeaderTitle(text)) return text;
  }
  return null;
}

/** Whether token `k` stands inside brackets. */
function inBrackets(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === '(' || tokens[k + 1]?.text === ')';
}

/** Most tokens of a wire dateline before its dash ("NORWICH, England, Oct 14 (Reuters) -"). */
const MAX_DATELINE_TOKENS = 14;
const DASH = /^[-–—]$/;

/** Index of the dash closing the sentence's dateline, or -1: a town there is no subject, though read as a name. */
function datelineDash(tokens: Token[]): number {
  return tokens.slice(0, MAX_DATELINE_TOKENS).findIndex((t) => DASH.test(t.text));
}

/**
 * The name of the company a bare title before `predecessor` (in sentence `s`, of tokens `tokens`) is a post of, or
 * null when no bare leader's title stands there or no company is named before it.
 */
export function titledPredecessorCompany(
  tokens: Token[],
  index: EntityIndex,
  s: number,
  predecessor: Mention,
  names: string[],
): string | null {
  if (s < 0 || titleBefore(tokens, predecessor.from) === null) return null;
  // the sentence's subject is its first name: a company named after someone else is that one's employer or aside
  const dash = datelineDash(tokens);
  const subject = (index.bySentence[s] ?? []).find((m) => m.from > dash && !inBrackets(tokens, m.from));
  if (subject === undefined || subject.to > predecessor.from) return null;
  return index.entities[subject.entity].type === 'Organization' ? names[subject.entity] : null;
}
