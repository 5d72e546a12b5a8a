import type { Token } from '../tokens';
import { isAllCaps } from '../tokens';
import { MONTHS } from './lexicon-common';
import { isKnownOrganisation } from './world-lexicon';
import type { TypedCandidate } from './collect';

/**
 * Datelines the wire reader does not date the English way: the French press writes the day before the month
 * ("QUIMPER, 3 mars –", "Paris, le 4 mai –") or no date at all ("CHOLET — Le fabricant …", "AUCH – Dans la
 * zone …"). The town that opens the story is where it was written from, never a party to it; read as a company it
 * takes the article's deals ("CIC Ouest finances Cholet"). The same town named again in the story ("fondée à
 * Cholet", a headline "Auch : les Laboratoires …") is still that town.
 */

/** Most words of the town before a French dateline's comma ("SAINT-NAZAIRE" is one, "LA ROCHE SUR YON" four). */
const MAX_TOWN_WORDS = 4;
/**
 * An undated dateline opens the body, right after the headline (one or two sentences); an all-capitals word and
 * a dash further down is an acronym in a heading or a list, not the place the story was filed from.
 */
export const MAX_BARE_DATELINE_SENTENCE = 2;
/** One dash closes a dateline; a doubled one opens a press-release wire marker, read in wire-copy.ts. */
const ONE_DASH = new Set(['-', '–', '—']);
/** The article before a French dateline's day ("Paris, le 4 mai"). */
const DAY_ARTICLE = 'le';
/** "1er octobre": the ordinal ending of the first of the month, split off its digit by the tokenizer. */
const FIRST_DAY_SUFFIX = 'er';
/** A town's word has a vowel; an all-capitals acronym opening a sentence often has none ("LVMH", "SNCF"). */
const VOWEL_RE = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/u;

/** Whether tokens [0, end) are a town's words: capitalised, one to four of them, with no punctuation inside. */
function isTownRun(tokens: Token[], end: number): boolean {
  if (end < 1 || end > MAX_TOWN_WORDS) return false;
  for (let k = 0; k < end; k++)
    if (tokens[k].kind !== 'word' || !/^\p{Lu}/u.test(tokens[k].text)) return false;
  return true;
}

/** Index of the dash closing "TOWN, [le] D month [YYYY] –" at the sentence's start, or 0. */
function frenchDatelineDash(tokens: Token[]): number {
  const comma = tokens.findIndex((t) => t.kind === 'punct');
  if (comma < 1 || tokens[comma].text !== ',' || !isTownRun(tokens, comma)) return 0;
  let j = comma + 1;
  if (tokens[j]?.lower === DAY_ARTICLE) j++;
  if (!/^\d{1,2}$/.test(tokens[j]?.text ?? '')) return 0;
  if (tokens[j + 1]?.lower === FIRST_DAY_SUFFIX) j++;
  if (!MONTHS.has(tokens[j + 1]?.lower.replace(/\.$/, '') ?? '')) return 0;
  let k = j + 2;
  if (/^\d{4}$/.test(tokens[k]?.text ?? '')) k++;
  return ONE_DASH.has(tokens[k]?.text ?? '') ? k : 0;
}

/** Index just past the town of "TOWN, [le] D month [YYYY] –", or 0 when the sentence opens on no such dateline. */
export function frenchDatelineEnd(tokens: Token[]): number {
  return frenchDatelineDash(tokens) > 0 ? tokens.findIndex((t) => t.kind === 'punct') : 0;
}

/**
 * Whether token `dash` closes a day-first or undated dateline: the word after it opens the story, capitalised by
 * its place as at a sentence start ("FOUGÈRES — Venture firm X", "LORIENT, 12 juin – Société …").
 */
export function isDayFirstOrBareDatelineDash(tokens: Token[], dash: number): boolean {
  if (dash < 1 || !ONE_DASH.has(tokens[dash]?.text ?? '')) return false;
  if (frenchDatelineDash(tokens) === dash) return true;
  return dash <= MAX_TOWN_WORDS && tokens.slice(0, dash).every(isTownCapitals);
}

/** A word of a town in capitals: all capitals, with a vowel. */
function isTownCapitals(t: Token): boolean {
  return t.kind === 'word' && isAllCaps(t) && VOWEL_RE.test(t.text);
}

/**
 * Index of the dash of an undated dateline "TOWN —" opening one of the body's first sentences, or 0. The town is
 * all capitals with a vowel in each word (an acronym such as "LVMH" has none; a company the lexicon knows is kept) and the story resumes on a capitalised word.
 */
export function bareDatelineEnd(tokens: Token[], sentence: number): number {
  if (sentence > MAX_BARE_DATELINE_SENTENCE) return 0;
  let i = 0;
  while (i < tokens.length && i < MAX_TOWN_WORDS && isTownCapitals(tokens[i])) i++;
  if (i === 0 || !ONE_DASH.has(tokens[i]?.text ?? '') || ONE_DASH.has(tokens[i + 1]?.text ?? '')) return 0;
  if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return 0;
  const town = tokens
    .slice(0, i)
    .map((t) => t.lower)
    .join(' ');
  return isKnownOrganisation(town) ? 0 : i;
}

/**
 * The town of a dateline ending at token `end` (the words before its first comma, bracket or dash), lower case,
 * or '' when there is none.
 */
export function datelineTown(tokens: Token[], end: number): string {
  const words: string[] = [];
  for (let k = 0; k < end && tokens[k].kind === 'word'; k++) words.push(tokens[k].lower);
  return words.join(' ');
}

/**
 * Drops every other mention of a dateline's town ("fondée en 1958 à Cholet" after "CHOLET —"): the article has
 * named it as a place. A known company of that name ("Zurich" the insurer is not; "Zurich Insurance" is longer)
 * and a person keep their type.
 */
export function dropDatelineTownEchoes(cs: TypedCandidate[], towns: Set<string>): void {
  if (towns.size === 0) return;
  for (const c of cs) {
    if (c.kind !== 'org' && c.kind !== 'unknown') continue;
    const lower = c.text.toLowerCase().replace(/’/g, "'");
    if (towns.has(lower) && !isKnownOrganisation(lower)) c.kind = 'drop';
  }
}

/** A name opening on a possessive: the owner's words, then the rest of the name. */
const POSSESSIVE_OPENING_RE = /^(.+?)['’]s\s+(?=\p{Lu})/u;

/**
 * "COOKEVILLE, Tenn. - … the holding company which owns Cookeville's Citizens Bank": the dateline's town said
 * again with a possessive before a company's name only places the company, as "Japan's Sumitomo Corp" does for a
 * known place; the name is "Citizens Bank". The town's words and the possessive are cut off the candidate. A known
 * company whose name holds the possessive keeps it.
 */
export function trimDatelineTownPossessives(cs: TypedCandidate[], towns: Set<string>): void {
  if (towns.size === 0) return;
  for (const c of cs) {
    if (c.kind !== 'org' && c.kind !== 'unknown') continue;
    const m = POSSESSIVE_OPENING_RE.exec(c.text);
    if (m === null || !towns.has(m[1].toLowerCase()) || isKnownOrganisation(c.text.toLowerCase())) continue;
    // the town's words and the possessive are tokens of their own ("St. Paul" two, "'s" one)
    c.from += m[1].split(/\s+/).length + 1;
    c.start += m[0].length;
    c.text = c.text.slice(m[0].length);
    c.initial = false;
  }
}
