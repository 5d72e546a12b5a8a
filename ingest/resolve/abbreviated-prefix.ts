import type { NameItem as Item } from './named-apart';

/**
 * "South Bay S and L" for "South Bay Savings and Loan Association": a short form that spells some words of the
 * long name by their first letter alone, word for word from the start. At least one word is written whole and one
 * is a letter, so plain prefixes and acronyms stay with their own matchers.
 */
export function isAbbreviatedPrefix(short: Item, long: Item): boolean {
  const s = short.words;
  const l = long.words;
  if (s.length < 2 || s.length > l.length) return false;
  let letters = 0;
  let whole = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === l[i]) whole++;
    else if (s[i].length === 1 && l[i].length > 1 && l[i].charAt(0) === s[i]) letters++;
    else return false;
  }
  return letters > 0 && whole > 0;
}
