import type { Unit } from './pattern';

/**
 * Cues that tell, without reading a deal rule, which organisation of a sentence the article is about: an
 * investment firm is seldom the subject of the story that names it ("Novo Holdings has led a $60 million investment
 * in Kestrel Bio" is Kestrel's story), and the company a round or stake goes into is.
 */

/** Last words of an investment firm's name: "Balderton Capital", "Kima Ventures", "Demeter Partners". */
const FUND_NAME_ENDINGS = new Set([
  'capital',
  'ventures',
  'venture',
  'partners',
  'partenaires',
  'equity',
  'investments',
  'investment',
  'investissement',
  'investissements',
  'invest',
  'gestion',
  'fund',
  'funds',
  'fonds',
]);

/** True when the name reads as an investment firm's. */
export function isFundLikeName(name: string): boolean {
  const last = name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return FUND_NAME_ENDINGS.has(last);
}

/**
 * Nouns and verbs of money going into a company: the name after their "in"/"dans" is the company funded. Not
 * "stake": "X raised its stake in Y" is X's news on the wire.
 */
const INVESTMENT_WORDS = new Set([
  'investment',
  'investments',
  'invests',
  'invested',
  'invest',
  'round',
  'financing',
  'funding',
  'investissement',
  'investi',
  'investit',
  'injects',
  'injected',
]);
/** Words allowed between the investment word and the "in" ("invested heavily in", "a funding round in"). */
const MAX_WORDS_TO_IN = 2;
const INTO = new Set(['in', 'into', 'dans']);

/** Joins that carry a list on to its next member. */
const LIST_JOINS = new Set([',', 'et', 'and', '&']);

/**
 * A portfolio told as a list ("has previously invested in A and B", "a déjà investi dans A, B et C"): the investor's
 * past bets, bystanders to the story, not the one company a round goes into.
 */
function opensPortfolioList(units: Unit[], i: number): boolean {
  const join = units[i + 1];
  const next = units[i + 2];
  return (
    join?.kind === 'tok' &&
    LIST_JOINS.has(join.token.lower) &&
    next?.kind === 'ent' &&
    next.orgs &&
    !next.anaphor
  );
}

/** Unit `i` is the company money goes into: "a $60 million investment in X", "a investi 5 M€ dans X". */
export function isInvestedIn(units: Unit[], i: number): boolean {
  if (opensPortfolioList(units, i)) return false;
  let k = i - 1;
  const det = units[k];
  if (det?.kind === 'tok' && /^(the|la|le|l'|les)$/.test(det.token.lower)) k--;
  const prep = units[k];
  if (prep?.kind !== 'tok' || !INTO.has(prep.token.lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 1 - MAX_WORDS_TO_IN; j--) {
    const w = units[j];
    if (w.kind !== 'tok') return false;
    if (INVESTMENT_WORDS.has(w.token.lower)) return true;
  }
  return false;
}
