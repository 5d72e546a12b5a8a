import type { Token } from '../tokens';

/**
 * Government departments are named by their portfolios, often two joined by "and": "Ministry of International
 * Trade and Industry", "Department of Health and Human Services", "Department of Trade and Industry". Split at
 * "and", each half reads as a body of its own ("Industry", "Human Services"), so wire copy gains two false
 * organisations and loses the real one. The portfolio words are a closed class of public-policy nouns; a tail
 * made only of them closes the department's name, while a tail with any other word ("and Acme Corp", "and the
 * Bank of Japan") is a second party. The same words after a minister's "of" name a post, not a body.
 */

/** Heads of a government body that a portfolio follows after "of". */
const BODY_HEADS = new Set(['ministry', 'department', 'dept', 'office', 'secretariat', 'agency']);
/** Posts that a portfolio follows after "of": "Minister of Trade and Industry" names a job. */
const POST_HEADS = new Set(['minister', 'secretary', 'commissioner', 'ministre', 'ministres']);
/** "of" and its French forms, the elided "de l'" read as one ("ministre de l'Agriculture"). */
const OF_WORDS = new Set(['of', 'de', 'du', 'des', "l'", "d'"]);

/** Public-policy nouns that name a ministry's portfolio, in both spellings of English. */
const PORTFOLIO_WORDS = new Set(
  (
    'industry industries trade commerce health welfare labour labor employment finance finances economy treasury ' +
    'defence defense justice agriculture fisheries food forestry environment energy transport transportation ' +
    'communications housing development education science technology research culture tourism interior posts ' +
    'telecommunications mines minerals resources planning works affairs services security veterans enterprise ' +
    'innovation infrastructure water power petroleum oil shipping aviation budget revenue customs immigration ' +
    'heritage sport sports youth family families women children ' +
    'économie finances industrie santé travail défense intérieur éducation transports environnement énergie ' +
    'logement budget numérique écologie armées outre-mer recherche enseignement agriculture culture justice commerce'
  ).split(' '),
);
/** Qualifiers that open a portfolio ("International Trade", "Human Services", "Urban Development"). */
const PORTFOLIO_QUALIFIERS = new Set(
  (
    'international foreign home human social urban rural natural public economic external national regional ' +
    'overseas domestic industrial financial consumer environmental'
  ).split(' '),
);

/** A public-policy noun that names a ministry's portfolio ("finance", "energy", "trade"). */
export function isPortfolioWord(lower: string): boolean {
  return PORTFOLIO_WORDS.has(lower);
}

/** Longest portfolio written between "of" and "and", or after "and" (qualifiers included). */
const MAX_PORTFOLIO_WORDS = 3;

function isCapitalisedWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** True when the capitalised words [from, to) are one portfolio: qualifiers, then one or two portfolio nouns. */
function isPortfolio(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_PORTFOLIO_WORDS) return false;
  for (let k = from; k < to; k++) if (!isCapitalisedWord(tokens[k])) return false;
  if (!PORTFOLIO_WORDS.has(tokens[to - 1].lower)) return false;
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k].lower;
    if (!PORTFOLIO_WORDS.has(w) && !PORTFOLIO_QUALIFIERS.has(w)) return false;
  }
  return true;
}

/** End of the portfolio that starts at `from` (exclusive), or `from` when none does. */
function portfolioEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_PORTFOLIO_WORDS && isCapitalisedWord(tokens[k])) k++;
  for (let end = k; end > from; end--) if (isPortfolio(tokens, from, end)) return end;
  return from;
}

/**
 * Tokens to take at the "and" at `j` of a run opened at `runFrom`: "Ministry of International Trade" + "and
 * Industry" → 2 ("and" and the portfolio), when the run is a body head, "of" and a portfolio ending at `j`, and
 * the words after "and" are a whole portfolio followed by no other capitalised word. Else 0.
 */
export function portfolioAndJoin(tokens: Token[], runFrom: number, j: number): number {
  if (tokens[j]?.lower !== 'and') return 0;
  let head = runFrom;
  if (tokens[head]?.lower === 'the') head++;
  const body = tokens[head];
  if (!body || !BODY_HEADS.has(body.lower.replace(/\.$/, '')) || tokens[head + 1]?.lower !== 'of') return 0;
  if (!isPortfolio(tokens, head + 2, j)) return 0;
  const end = portfolioEnd(tokens, j + 1);
  if (end === j + 1 || isCapitalisedWord(tokens[end])) return 0;
  return end - j;
}

/**
 * True when tokens [from, to) are a portfolio, or two joined by "and", right after a post and "of" ("Minister
 * of International Trade and Industry", "Secretary of Health"): the words name the post's field, not a body.
 */
export function isPortfolioOfPost(tokens: Token[], from: number, to: number): boolean {
  let start = from;
  // "… of International Trade and Industry" cut in two: the second portfolio follows the first one's "and"
  if (tokens[from - 1]?.lower === 'and') {
    start = -1;
    for (let p = from - 2; p >= from - 1 - MAX_PORTFOLIO_WORDS && p > 0; p--)
      if (isPortfolio(tokens, p, from - 1) && OF_WORDS.has(tokens[p - 1].lower)) start = p;
    if (start < 0) return false;
  }
  let of = start - 1;
  if (tokens[of]?.lower === "l'" && tokens[of - 1]?.lower === 'de') of--;
  const post = tokens[of - 1];
  if (!OF_WORDS.has(tokens[of]?.lower ?? '') || !post || !POST_HEADS.has(post.lower)) return false;
  if (isPortfolio(tokens, from, to)) return true;
  for (let k = from + 1; k < to - 1; k++)
    if (tokens[k].lower === 'and') return isPortfolio(tokens, from, k) && isPortfolio(tokens, k + 1, to);
  return false;
}
