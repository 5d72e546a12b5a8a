import type { Token } from '../tokens';
import { hasHead, isNameToken } from './name-joins';
import { isWorldGivenName, isWordLikeGivenName } from './person-given-names';
import { PERSON_NOUNS } from './lexicon-people';
import { followsCapitalPostOf, isPortfolio, MAX_PORTFOLIO_WORDS } from './post-portfolio';
import { followsPostComplement } from './post-complement';
import { hasInstitutionNoun } from './institution-span';

/**
 * Wire copy glues a capitalised title or the body a person speaks for before the person's name, with no comma:
 * "Publisher Robert Maxwell", "House Speaker Jim Wright", "Social Democrat Chancellor Willy Brandt", "Exchange
 * Commission John Shad". A known given name followed by one or two more name words at the end of the run starts a
 * person; what stands before it is a title (left out) or a body (a name of its own). Firms named after people
 * ("Norton Rose Fulbright", "Fondation Jean Jaurès", "Lycée Victor Hugo") keep their run: the word before the given
 * name must be a title, or the words before it must be an English body of two words or more.
 */

/** Capitalised titles of posts and trades written before a name; role words proper are cut by `splitRun`. */
const TITLES = new Set([
  'speaker',
  'publisher',
  'chancellor',
  'vice-chancellor',
  'representative',
  'general',
  'commissioner',
  'editor',
  'mayor',
  'judge',
  'attorney',
  'envoy',
  'ambassador',
  'premier',
  'magnate',
  'tycoon',
  'financier',
  'investor',
  'entrepreneur',
  'industrialist',
  'banker',
  'treasurer',
  'comptroller',
  'negotiator',
  'delegate',
  'congressman',
  'congresswoman',
  'assemblyman',
  'lawmaker',
  'legislator',
  'sheriff',
  'prosecutor',
  'maire',
  'député',
  'députée',
  'sénateur',
  'sénatrice',
  'préfet',
  'préfète',
  'commissaire',
  'ministre',
  'chancelier',
  'chancelière',
  'éditeur',
  'investisseur',
  'entrepreneur',
]);

/** Last words of an English body that a spokesman's name may follow ("Energy Department James X"). */
const BODY_TAILS = new Set([
  'commission',
  'committee',
  'board',
  'department',
  'ministry',
  'council',
  'agency',
  'office',
  'bureau',
  'authority',
  'administration',
  'service',
  'exchange',
  'reserve',
  'treasury',
  'embassy',
  'senate',
  'congress',
  'parliament',
  'cabinet',
]);

/** Lower-case words inside a body's name ("Ways and Means Committee", "Bank of England"). */
const BODY_LINKS = new Set(['and', '&', 'of', 'for']);

const MAX_SURNAME_WORDS = 2;

/** Occupation nouns that also open names of places, saints' days or investor bodies ("Saint Jean X"). */
const NOT_TITLES = new Set(['saint', 'sainte', 'angel', 'angels', 'milieu', 'son', 'père', 'mère']);

export function isTitleWord(t: Token): boolean {
  return isNameToken(t) && !NOT_TITLES.has(t.lower) && (TITLES.has(t.lower) || PERSON_NOUNS.has(t.lower));
}

/** Tokens [from, to) read "Given Surname" or "Given Initial Surname" and carry no company word. */
function isPersonTail(tokens: Token[], from: number, to: number, titled = false): boolean {
  const n = to - from - 1;
  if (n < 1 || n > MAX_SURNAME_WORDS) return false;
  for (let k = from; k < to; k++) if (!isNameToken(tokens[k])) return false;
  const given = tokens[from].lower;
  // a given name that is also a word ("Ray", "Mark") is one only after a title ("Commissioner Ray Astin")
  if (!isWorldGivenName(given) || (isWordLikeGivenName(given) && !titled)) return false;
  // the surname is a word, not a lone initial
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[to - 1].text)) return false;
  return !hasHead(tokens, from, to);
}

/** An English body of two capitalised words or more ("Exchange Commission", "Energy Department"). */
function isBodyBefore(tokens: Token[], from: number, at: number): boolean {
  if (at - from < 2 || !isNameToken(tokens[from])) return false;
  for (let k = from; k < at; k++)
    if (!isNameToken(tokens[k]) && !BODY_LINKS.has(tokens[k].lower)) return false;
  return BODY_TAILS.has(tokens[at - 1].lower);
}

/** An acronym of a body before its officer's title ("FDA Commissioner X", "EC Commissioner Y"). */
const BODY_ACRONYM_RE = /^\p{Lu}{3,6}$/u;

/**
 * The person after a title at `p - 1`; the words before the title are the body the title belongs to when they name
 * one ("Food and Drug Administration Commissioner X", "FDA Commissioner X"), and are then kept as a name.
 */
function titleAfterBody(tokens: Token[], from: number, p: number): TitledPerson {
  const title = p - 1;
  const body =
    isBodyBefore(tokens, from, title) || (title - from === 1 && BODY_ACRONYM_RE.test(tokens[from].text));
  return body ? { person: p, body: true, bodyEnd: title } : { person: p, body: false };
}

export interface TitledPerson {
  /** First token of the person's name. */
  person: number;
  /** The words before it name a body, to be kept as a name of their own. */
  body: boolean;
  /** Where that body's name ends when a post stands between it and the person (else at the person). */
  bodyEnd?: number;
}

/** Where a person's name starts after a glued title or body in the run [from, to), or null. */
export function personAfterTitle(tokens: Token[], from: number, to: number): TitledPerson | null {
  const portfolio = portfolioInRun(tokens, from, to);
  if (portfolio) return portfolio;
  for (let p = to - 2; p > from && p >= to - 1 - MAX_SURNAME_WORDS; p--) {
    if (!isPersonTail(tokens, p, to)) {
      if (isTitleWord(tokens[p - 1]) && isPersonTail(tokens, p, to, true))
        return titleAfterBody(tokens, from, p);
      continue;
    }
    const before = tokens[p - 1];
    // "Mary Ann Smith", "Jean Pierre Martin": a given name before is the person's own
    if (isWorldGivenName(before.lower) && !isTitleWord(before)) return null;
    if (isTitleWord(before)) return titleAfterBody(tokens, from, p);
    if (isBodyBefore(tokens, from, p)) return { person: p, body: true };
    // "le préfet du Jura Serge Castel": the words before the person complete the post, as a name of their own
    // a head word before the given name names a firm or body after a person ("Fondation Jean Jaurès"): one name
    if (
      followsPostComplement(tokens, from) &&
      !hasHead(tokens, from, p) &&
      !hasInstitutionNoun(tokens, from, p)
    )
      return { person: p, body: true };
    return null;
  }
  return null;
}

/**
 * A "Post of Portfolio Holder" inside the run, after the employer's name or at its start ("X Inc Vice President of
 * Finance Joel Graff"): the employer is a name of its own, the post and portfolio are left out.
 */
function portfolioInRun(tokens: Token[], from: number, to: number): TitledPerson | null {
  const at = holderAfterPortfolio(tokens, from, to);
  if (at >= 0) return { person: at, body: false };
  for (let k = from + 1; k < to - 2; k++) {
    if (tokens[k].lower !== 'of') continue;
    const person = holderAfterPortfolio(tokens, k + 1, to);
    if (person < 0) continue;
    const post = postStart(tokens, k - 1);
    return post > from ? { person, body: true, bodyEnd: post } : { person, body: false };
  }
  return null;
}

/** Where a post's title starts, its rank words included ("Vice President", "Deputy Director"). */
function postStart(tokens: Token[], post: number): number {
  let k = post;
  while (k > 0 && RANK_BEFORE_POST.has(tokens[k - 1].lower)) k--;
  return k;
}

const RANK_BEFORE_POST = new Set([
  'vice',
  'deputy',
  'executive',
  'senior',
  'assistant',
  'associate',
  'acting',
]);

/** Where the holder's name starts after a portfolio that follows "Post of" ("Chief of Staff Howard Baker"), or -1. */
function holderAfterPortfolio(tokens: Token[], from: number, to: number): number {
  if (!followsCapitalPostOf(tokens, from)) return -1;
  for (let p = from + 1; p <= from + MAX_PORTFOLIO_WORDS && p < to - 1; p++)
    // the post stands before the holder as a title does: "Vice President of Investor Relations Mark Feeney"
    if (isPortfolio(tokens, from, p) && isPersonTail(tokens, p, to, true)) return p;
  return -1;
}

/**
 * True when a glued person's name starts at `k` right after a title or a body's last word ("… Exchange Commission
 * John Shad"): a tail after "and" that decides whether a pair is one name stops there.
 */
export function startsGluedPerson(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || !(isTitleWord(before) || (isNameToken(before) && BODY_TAILS.has(before.lower))))
    return false;
  let end = k;
  while (end < tokens.length && end <= k + MAX_SURNAME_WORDS + 1 && isNameToken(tokens[end])) end++;
  return isPersonTail(tokens, k, end);
}
