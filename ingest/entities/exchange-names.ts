import type { Token } from '../tokens';

/**
 * Stock and commodity exchanges are organisations (listing venues, and parties to deals of their own), but
 * their names are built from words that say nothing of a company: "New York Stock Exchange", "Chicago
 * Mercantile Exchange", "Bourse de Paris". A place alone after "Bourse de" is part of the name.
 */

/** Words that make "<word> Exchange" the name of a market, not a currency or a product. */
const MARKET_WORDS = new Set([
  'stock',
  'futures',
  'mercantile',
  'commodity',
  'commodities',
  'options',
  'metal',
]);
const BOURSE_WORDS = new Set(['bourse', 'börse', 'borsa', 'bolsa']);
const OF_PARTICLES = new Set(['de', 'du', 'di', 'des']);

function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** "… Stock Exchange", "Bourse de Paris", "Borsa Italiana": the candidate [from, to) names an exchange. */
export function isExchangeName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n >= 2 && tokens[to - 1].lower === 'exchange' && MARKET_WORDS.has(tokens[to - 2].lower)) {
    return isCapitalised(tokens[to - 1]) && isCapitalised(tokens[to - 2]);
  }
  return (
    n >= 2 &&
    isCapitalised(tokens[from]) &&
    BOURSE_WORDS.has(tokens[from].lower) &&
    isCapitalised(tokens[to - 1])
  );
}

/** Tokens a one-word run "Bourse" takes in from position j: "de Paris" (2), else 0. */
export function exchangePlaceTail(tokens: Token[], runFrom: number, j: number): number {
  if (j - runFrom !== 1 || !BOURSE_WORDS.has(tokens[runFrom].lower) || !isCapitalised(tokens[runFrom]))
    return 0;
  const particle = tokens[j];
  return particle && OF_PARTICLES.has(particle.lower) && isCapitalised(tokens[j + 1]) ? 2 : 0;
}
