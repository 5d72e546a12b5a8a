import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';

/**
 * Capitalised posts that take their portfolio after "of" in wire copy ("Secretary of State George Shultz", "Chief
 * of Staff Howard Baker", "Vice President of Finance Joel Graff", "Director of Central Intelligence William
 * Webster"). The run after "of" is the portfolio and then the holder: the portfolio names no organisation.
 */
const POSTS = new Set([
  'secretary',
  'undersecretary',
  'under-secretary',
  'chief',
  'president',
  'vice-president',
  'minister',
  'director',
  'head',
  'governor',
  'commissioner',
  'administrator',
  'superintendent',
  'officer',
  'manager',
]);

/** Most words of a portfolio before the holder's name ("Central Intelligence", "Foreign Affairs"). */
export const MAX_PORTFOLIO_WORDS = 2;

/** True when the run at `from` follows a capitalised post and "of" ("… Secretary of |State …"). */
export function followsCapitalPostOf(tokens: Token[], from: number): boolean {
  const of = tokens[from - 1];
  const post = tokens[from - 2];
  if (!of || !post || of.lower !== 'of') return false;
  return /^\p{Lu}/u.test(post.text) && POSTS.has(post.lower);
}

/** Company head words that are also portfolios of a post ("Minister of Finance", "Director of Communications"). */
const PORTFOLIO_HEADS = new Set(['finance', 'energy', 'communications', 'health']);

/**
 * True when tokens [from, p) may be a portfolio: a few words, no legal form and no company head word but those
 * portfolios share ("Finance", "Central Intelligence"; not "President of Banque Vendéenne Pierre X").
 */
export function isPortfolio(tokens: Token[], from: number, p: number): boolean {
  if (p <= from || p - from > MAX_PORTFOLIO_WORDS) return false;
  for (let k = from; k < p; k++) {
    const w = tokens[k].lower.replace(/\.$/, '');
    if (LEGAL_FORMS.has(w) || (ORG_HEAD_WORDS.has(w) && !PORTFOLIO_HEADS.has(w))) return false;
  }
  return true;
}
