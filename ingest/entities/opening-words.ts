import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { isCommonWord, isKnownOrganisation } from './world-lexicon';
import { isWorldGivenName } from './person-given-names';
import { knownOrganisation } from './known-organisations';

/** Cardinal numbers written out, which open sentences ("Trois investisseurs …", "Two banks …"). */
const CARDINAL = /^(deux|trois|quatre|cinq|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * "Following a difficult year, …", "Smaller rivals such as X …", "Together, the two firms …": a dictionary word
 * that opens a sentence is capitalised by its place only. A one-word candidate there that the article never
 * writes again with its capital is no name; a company called by a common word is named more than once, or takes
 * its possessive ("Square's").
 */
export function isLoneOpeningWord(tokens: Token[], c: Candidate, text: string): boolean {
  if (!c.initial || c.to - c.from !== 1) return false;
  const t = tokens[c.from];
  if (!/^\p{Lu}/u.test(t.text) || tokens[c.to]?.lower === "'s") return false;
  // "Trois fonds accompagnent …" twice in a round-up: a count opens sentences however often, it names no one
  if (CARDINAL.test(t.lower)) return true;
  if (!isCommonWord(t.lower) || isWorldGivenName(t.lower) || isKnownOrganisation(t.lower)) return false;
  // "Orange, le groupe de télécoms, …": the gazetteer's companies keep their word
  if (knownOrganisation(c.text) !== null) return false;
  return occurrences(text, t.text) <= 1;
}

/** Counts of the article being read: one article's candidates come in one run, so one entry is enough. */
let cachedText = '';
let cachedCounts = new Map<string, number>();

/** Word-bounded, case-sensitive occurrences of `word` in `text`, counted once per article and word. */
function occurrences(text: string, word: string): number {
  if (text !== cachedText) {
    cachedText = text;
    cachedCounts = new Map();
  }
  let n = cachedCounts.get(word);
  if (n === undefined) {
    n = countIn(text, word);
    cachedCounts.set(word, n);
  }
  return n;
}

function countIn(text: string, word: string): number {
  let n = 0;
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at > 0 ? text.charAt(at - 1) : ' ';
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
    at = text.indexOf(word, at + word.length);
  }
  return n;
}
