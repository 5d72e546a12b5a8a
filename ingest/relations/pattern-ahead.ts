import type { Unit } from './pattern';
import { STRICT_GAP_STOPS } from './syntax';

/**
 * Look-ahead in the rule language (see pattern.ts `compile`): what must or must not follow a capture, read without
 * taking it, so a rule can tell a company ("invested in Acme") from a name that only qualifies the noun after it
 * ("invested in U.S. Treasury securities").
 */
export interface AheadElement {
  t: 'ahead';
  /** "!>": the match is refused when the words follow. */
  refuse: boolean;
  /** How many units on the words may start. */
  window: number;
  /** One regex per word, in order ("to_(buy|acquire)"). */
  words: RegExp[];
}

/** How many units a look-ahead without "{N}" may start at: only the one right after. */
const DEFAULT_AHEAD_WINDOW_UNITS = 1;

/**
 * Words a look-ahead window does not cross: they end the noun phrase after a capture, so what follows them is
 * another phrase ("competes with X in the bond market": "market" is not what X qualifies). Determiners are crossed:
 * after a verb they open its object ("completed the disposition").
 */
const AHEAD_PHRASE_ENDS: ReadonlySet<string> = new Set([
  ...STRICT_GAP_STOPS,
  // the words that join a list end the phrase too ("X and other producers")
  ',',
  'et',
  'and',
  'ou',
  'or',
  '&',
  'de',
  "d'",
  'du',
  'des',
  'in',
  'into',
  'on',
  'of',
  'as',
  'over',
  'under',
  'since',
  'after',
  'before',
  'through',
  'outside',
  'against',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'sur',
  'dans',
  'en',
  'est',
  'sont',
  'ont',
  'sera',
]);

/**
 * A look-ahead element ("!>{3}(producers|makers)", ">to_(buy|acquire)"), or null when `part` is none. It looks at
 * what follows a capture without taking it, so a rule can tell a company ("invested in Acme") from a name that only
 * qualifies the noun after it ("invested in U.S. Treasury securities").
 */
export function parseAhead(part: string): AheadElement | null {
  const m = /^(!?)>(?:\{(\d+)\})?(.+)$/u.exec(part);
  if (!m) return null;
  const window = m[2] === undefined ? DEFAULT_AHEAD_WINDOW_UNITS : parseInt(m[2], 10);
  if (window < 1) throw new PatternSyntaxError(`look-ahead window below 1 in "${part}"`);
  const words = m[3].split('_').map((w) => new RegExp(`^(?:${w})$`, 'u'));
  return { t: 'ahead', refuse: m[1] === '!', window, words };
}

export class PatternSyntaxError extends Error {
  readonly code = 'RELATIONS_PATTERN_SYNTAX';
}

/** The lower-case word a unit stands for as plain text, or null for a name. */
function plainWord(u: Unit | undefined): string | null {
  if (u?.kind !== 'tok') return null;
  return u.token.lower;
}

/** Whether the look-ahead's words follow `ui`, starting within its window after plain lower-case words only. */
export function aheadFound(el: AheadElement, units: Unit[], from: number): boolean {
  // wire copy marks a name "<Acme Corp>": the closing bracket is the name's own, not what follows it
  const ui = plainWord(units[from]) === '>' ? from + 1 : from;
  for (let k = 0; k < el.window; k++) {
    if (
      el.words.every((re, w) => {
        const word = plainWord(units[ui + k + w]);
        return word !== null && re.test(word);
      })
    )
      return true;
    // only a run of lower-case words ("luxury car") may stand between the capture and the looked-for word
    const u = units[ui + k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    if (AHEAD_PHRASE_ENDS.has(u.token.lower)) return false;
  }
  return false;
}
