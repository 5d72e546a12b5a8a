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
  if (tokens[i + 1]?.text === '.') return i + 2;
  // "Napa, Calif, has been": the wires drop the dot too, so a comma after a town and one after the state frame it
  const town = tokens[i - 2];
  const framed = tokens[i - 1]?.text === ',' && !!town && /^\p{Lu}\p{Ll}+$/u.test(town.text);
  return framed && tokens[i + 1]?.text === ',' ? i + 1 : -1;
}

/** "Wash" in "Tacoma, Wash.-based": the abbreviation itself, after a town and a comma. */
export function isStateAbbreviation(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from - 1]?.text === ',' && stateAbbreviationEnd(tokens, from) > from;
}

/** "Tacoma" in "Tacoma, Wash.-based", "Wayne" in "of Wayne, N.J.,": a title-case town before one. */
export function isTownBeforeState(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text)) return false;
  if (tokens[to]?.text !== ',') return false;
  return stateAbbreviationEnd(tokens, to + 1) > to + 1 || stateNameEnd(tokens, to + 1) > to + 1;
}

/**
 * Full names of US states, as wire copy writes them after a town ("Fort Worth, Texas", "Salem, New Hampshire"),
 * lower case, words separated by one space.
 */
const STATE_NAMES = new Set(
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|
indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|
nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|
pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
west virginia|wisconsin|wyoming`
    .split('|')
    .map((x) => x.trim()),
);
/** Most words in a state's name. */
const MAX_STATE_NAME_WORDS = 2;

/**
 * Token index just past a full state name starting at `i`, or -1. The name must close the phrase (a comma, a
 * full stop or a lower-case word follows), since companies open with state names too ("Texas Instruments").
 */
function stateNameEnd(tokens: Token[], i: number): number {
  for (let n = MAX_STATE_NAME_WORDS; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || !words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    if (!STATE_NAMES.has(words.map((t) => t.lower).join(' '))) continue;
    const next = tokens[i + n];
    if (!next || next.kind === 'punct' || next.text === next.lower) return i + n;
  }
  return -1;
}

/** "South Dakota" in "Huron, South Dakota, pork plant": a full state name right after a town and a comma. */
export function isStateAfterTown(tokens: Token[], from: number, to: number): boolean {
  const town = tokens[from - 2];
  if (tokens[from - 1]?.text !== ',' || !town || !/^\p{Lu}\p{Ll}+$/u.test(town.text)) return false;
  return to - from <= MAX_STATE_NAME_WORDS && stateNameEnd(tokens, from) === to;
}

/** "(D-Wisc)", "(R-Calif.)": a legislator's party and state in brackets after the name, no name itself. */
export function isPartyStateCode(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || tokens[from - 1]?.text !== '(') return false;
  const m = /^[DRI]-(\p{Lu}[\p{L}.]*)$/u.exec(tokens[from].text);
  if (m === null) return false;
  const state = m[1].replace(/\./g, '');
  // the wires shorten states freely ("Wisc", "Mass", "NY"): any short abbreviation after the party letter
  return STATE_ABBREVIATIONS.has(state.toLowerCase()) || /^(?:\p{Lu}\p{Ll}{1,4}|\p{Lu}{2})$/u.test(state);
}
