import type { Token } from '../tokens';

/**
 * "L'action Vireo gagnait 3,2 % à la Bourse de Paris", "À la Bourse de Paris, le titre a bondi de 8 %": French
 * copy names the exchange as the place a share price moved, the market rather than a party (GOLD-FORMAT notes:
 * "'Bourse de Paris' is treated as a market, not an entity"). An exchange a company is listed on ("coté à la
 * Bourse de Francfort") or that takes part in a deal keeps its reading as an organisation.
 */

/** The article and preposition of a venue: "à la Bourse de Paris". */
const VENUE = new Set(['à', 'a']);
const VENUE_ARTICLE = 'la';
/** Words of a share-price move in the sentence. */
const PRICE_MOVE =
  /^(action|actions|titre|titres|cours|gagnait|gagne|gagné|cédait|cède|cédé|perdait|perd|perdu|bondi|bondissait|reculait|recule|reculé|progressait|progresse|progressé|grimpait|grimpé|chutait|chuté|s'envolait|envolé|plongeait|plongé)$/u;
/** Words of a listing: the exchange is then where the company is listed, an organisation the gold names. */
const LISTING =
  /^(coté|cotée|cotés|cotées|cotation|introduction|introduit|introduite|entrée|entrer|inscrit|inscrite)$/u;

/** Whether [from, to) is "Bourse de X" told as the venue of a share-price move. */
export function isExchangeOfPriceMove(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.lower !== 'bourse' || to - from < 2) return false;
  if (tokens[from - 1]?.lower !== VENUE_ARTICLE || !VENUE.has(tokens[from - 2]?.lower ?? '')) return false;
  const words = tokens.map((t) => t.lower);
  if (words.some((w) => LISTING.test(w))) return false;
  return words.some((w) => PRICE_MOVE.test(w)) && words.includes('%');
}
