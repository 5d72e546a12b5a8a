import type { Token } from '../tokens';

/**
 * Wire copy places towns with a postal-style state abbreviation ("Tacoma, Wash.-based", "of Wayne, N.J.,"): the
 * abbreviation and the town before it name a place, never a party.
 */

/** Dotted abbreviations of US states and Canadian provinces as the wires write them (lower case, no dot). */
const STATE_ABBREVIATIONS = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla
ore pa penn tenn tex va vt wash wis wyo ont que alta sask`
    .trim()
    .split(/\s+/),
);

/** Token index just past a state abbreviation starting at `i` ("Wash" + ".", "N.J."), or -1. */
function stateAbbreviationEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return -1;
  if (/^(\p{Lu}\.){2,3}$/u.test(t.text)) return i + 1;
  const dotted = t.text.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  if (!STATE_ABBREVIATIONS.has(dotted) || !/^\p{Lu}/u.test(t.text)) return -1;
  if (t.text.endsWith('.')) return i + 1;
  return tokens[i + 1]?.text === '.' ? i + 2 : -1;
}

/** "Wash" in "Tacoma, Wash.-based": the abbreviation itself, after a town and a comma. */
export function isStateAbbreviation(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from - 1]?.text === ',' && stateAbbreviationEnd(tokens, from) > from;
}

/** "Tacoma" in "Tacoma, Wash.-based", "Wayne" in "of Wayne, N.J.,": a title-case town before one. */
export function isTownBeforeState(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text)) return false;
  return tokens[to]?.text === ',' && stateAbbreviationEnd(tokens, to + 1) > to + 1;
}
