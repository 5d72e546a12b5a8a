import type { Token } from '../tokens';

/**
 * "the National Security and Investment Act", "the Hart-Scott-Rodino Act": a law is named like an institution but
 * is a text, never a party, and so is a treaty or a trade pact ("the International Cocoa Agreement"). Only a name of two words or more ending in a law noun is read so ("Act Capital" and a
 * lone "Act" are left alone).
 */
const LAW_NOUNS = new Set(['act', 'acts', 'statute', 'ordinance', 'agreement', 'treaty', 'accord', 'pact']);

export function isLawName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = tokens[to - 1];
  return LAW_NOUNS.has(last.lower) && last.text !== last.text.toUpperCase();
}
