import type { Token } from '../tokens';

/**
 * "les entreprises du CAC 40", "the FTSE 100", "S&P 500 companies": a stock index is a list of companies, never a
 * party. Read by the index family's word followed by the count of its members; the exchange or publisher named
 * alone ("Nasdaq", "FTSE Russell") is left to the other rules.
 */
const INDEX_FAMILIES = new Set([
  'cac',
  'sbf',
  'ftse',
  'dax',
  'mdax',
  'stoxx',
  'nikkei',
  's&p',
  'smi',
  'aex',
  'ibex',
  'omx',
]);

const MEMBER_COUNT_RE = /^\d{2,4}$/;

export function isMarketIndex(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !MEMBER_COUNT_RE.test(tokens[to - 1].text)) return false;
  for (let i = from; i < to - 1; i++) if (INDEX_FAMILIES.has(tokens[i].lower)) return true;
  return false;
}
