import type { Token } from '../tokens';
import { INSTITUTION_HEADS, LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';
import { isWorldGivenName } from './person-given-names';
import { knownOrganisation } from './known-organisations';

/** Sector nouns that may stand inside a name before "and" ("Minnesota Mining and Mfg Co"). */
export const SECTOR_WORDS = new Set([
  'mining',
  'savings',
  'oil',
  'gas',
  'energy',
  'resources',
  'petroleum',
  'steel',
  'chemical',
  'chemicals',
  'foods',
  'electric',
  'loan',
  'trust',
]);

/** Company words that name no trade, so "A and B <word>" is more often one partnership than two companies. */
const GENERIC_HEADS = new Set([
  'group',
  'groupe',
  'holdings',
  'holding',
  'companies',
  'company',
  'corporation',
  'enterprises',
  'industries',
  'associates',
  'partners',
  'brothers',
  'sons',
  'international',
]);
/** Shortest word that names a company of its own in "A and B C" (initials like "C and W" do not). */
const MIN_OWN_WORD_LETTERS = 2;
/** Fewest words of a run before "and" that make it a whole name rather than one partner's surname. */
const MIN_WHOLE_NAME_WORDS = 2;

/**
 * "Tesla and Enphase Energy", "Accel and Ribbit Capital", "Point Nine and Cherry Ventures": a run with a word of
 * its own, then "and", a word of its own and one company word (no legal form) are two companies; a legal form
 * ("Black and Decker Corp"), a tail of company words alone ("Mining and Mfg Co") or two given names ("Knut and
 * Alice … Foundation") keep one name. A generic company word ("Group", "Enterprises") keeps one partnership's name
 * after a single word ("MacAndrews and Forbes Group"), not after a name of several words.
 */
export function isPairOfNames(tokens: Token[], runFrom: number, i: number, tail: string[]): boolean {
  if (tail.length !== 2) return false;
  const isHead = (w: string) => LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) || INSTITUTION_HEADS.has(w);
  const [own, head] = tail;
  if (isHead(own) || SECTOR_WORDS.has(own) || !ORG_HEAD_WORDS.has(head) || LEGAL_FORMS.has(head))
    return false;
  // "MacAndrews and Forbes Group": a generic head closes a partnership's name; initials ("C and W") too
  // "Accel and Amplify Partners": a well-known name before "and" is a whole name of its own
  const knownFirst =
    knownOrganisation(
      tokens
        .slice(runFrom, i)
        .map((t) => t.text)
        .join(' '),
    ) === 'strong';
  if (own.length < MIN_OWN_WORD_LETTERS) return false;
  let ownBefore = false;
  for (let k = runFrom; k < i; k++) {
    const w = tokens[k].lower.replace(/\.$/, '');
    if (!isHead(w) && !SECTOR_WORDS.has(w) && w.length >= MIN_OWN_WORD_LETTERS) ownBefore = true;
  }
  // "Schneider National and Werner Enterprises": a partnership's name pairs two single surnames ("MacAndrews and
  // Forbes Group"); a run of several words before "and" is a whole name, so a generic head closes a second one
  const wholeFirst = ownBefore && i - runFrom >= MIN_WHOLE_NAME_WORDS;
  if (GENERIC_HEADS.has(head) && !knownFirst && !wholeFirst) return false;
  const givenNames = isWorldGivenName(tokens[runFrom].lower) && isWorldGivenName(own);
  return ownBefore && !givenNames;
}
