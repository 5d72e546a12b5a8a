import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';

/**
 * "Standard and Poor's Corp", "Moody's Investors Service", "Macy's Inc": a possessive followed only by company
 * words owns nothing that could be a company of its own — "Corp" or "Investors Service" alone names no one — so
 * the possessive is inside one name. "IBM Corp's Lotus Development Corp" has a distinctive word after the
 * possessive and stays two names.
 */

/** Words of an agency's or a firm's service line that name no company alone. */
const SERVICE_WORDS = new Set(['investors', 'investor', 'service', 'ratings', 'rating']);

function isGenericCompanyWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w) || SERVICE_WORDS.has(w);
}

/** True when tokens (i, to) after the possessive at `i` are all company words, so `[from, to)` is one name. */
export function possessiveOwnsGenericTail(tokens: Token[], i: number, to: number): boolean {
  if (to <= i + 1) return false;
  for (let k = i + 1; k < to; k++) if (!isGenericCompanyWord(tokens[k])) return false;
  // a legal form or a service word must close it: "X's Group" is more often the group a person owns
  const last = tokens[to - 1].lower.replace(/\.$/, '');
  return LEGAL_FORMS.has(last) || SERVICE_WORDS.has(last);
}

/** A name `[from, to)` holding a possessive with a company tail: the shape of a company's name. */
export function hasGenericPossessiveTail(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++)
    if (tokens[i].lower === "'s" && possessiveOwnsGenericTail(tokens, i, to)) return true;
  return false;
}
