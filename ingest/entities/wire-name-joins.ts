import type { Token } from '../tokens';
import { LEGAL_FORMS } from './lexicon-common';
import { isNameToken } from './name-joins';

/**
 * Joins of wire copy inside one company name: "South Bay S and L" (the trade's short form of "Savings and Loan")
 * and "San/Bar Corp" (two words glued by a slash before a legal form). Each returns the tokens taken at `j`.
 */

/** Most capitalised words after a glued slash searched for the legal form that makes the slash inner. */
const MAX_WORDS_AFTER_SLASH = 3;
/** Characters read after a slashed pair for the legal form that follows it (a line break and a long form fit). */
const MAX_FORM_LOOKAHEAD_CHARS = 24;

/** "X S and L": the letters of "Savings and Loan" joined by "and" stay in the name. */
export function savingsAndLoanLetters(tokens: Token[], runFrom: number, j: number): number {
  if (j - runFrom < 2) return 0;
  const and = tokens[j];
  const l = tokens[j + 1];
  if (tokens[j - 1].text === 'S') return and?.lower === 'and' && l?.text === 'L' ? 2 : 0;
  // "Sun State Savings and Loan expects …": the thrift's sector pair is its name even with no "Association" after
  return tokens[j - 1].text === 'Savings' && and?.lower === 'and' && l?.text === 'Loan' ? 2 : 0;
}

/**
 * "San/Bar Corp": a slash glued between two capitalised words is inside the name when a legal form ends it; without
 * one the slash pairs two parties ("the Narragansett/Taft group").
 */
export function gluedSlashJoin(tokens: Token[], runFrom: number, j: number, text: string): number {
  const slash = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (j <= runFrom || slash?.text !== '/' || !after || !isNameToken(after)) return 0;
  if (before.end !== slash.start || slash.end !== after.start) return 0;
  let k = j + 1;
  while (k < tokens.length && k <= j + MAX_WORDS_AFTER_SLASH && isNameToken(tokens[k])) k++;
  const last = tokens[k - 1].lower.replace(/\.$/, '');
  if (k > j + 2 && LEGAL_FORMS.has(last)) return 1;
  // "merge San/Bar into Resdel": the pair the article wrote before a legal form elsewhere is that name, short
  return writtenWithLegalForm(text, `${before.text}/${after.text}`) ? 1 : 0;
}

/** The article writes `name` followed by a legal form somewhere ("San/Bar Corp"). */
function writtenWithLegalForm(text: string, name: string): boolean {
  let at = text.indexOf(name);
  while (at >= 0) {
    const next = /^\s+([\p{L}.]+)/u.exec(
      text.slice(at + name.length, at + name.length + MAX_FORM_LOOKAHEAD_CHARS),
    );
    if (next && LEGAL_FORMS.has(next[1].toLowerCase().replace(/\.$/, ''))) return true;
    at = text.indexOf(name, at + name.length);
  }
  return false;
}
