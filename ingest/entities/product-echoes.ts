import type { TypedCandidate } from './collect';

/**
 * A name the article once calls a product ("the farming hit Lantern Valley", "sa marque Minouche") names that
 * product wherever it is said again with no cue of its own ("porting Lantern Valley to phones", "Lantern Valley has
 * sold three million copies"): those echoes are dropped too, so that no deal or round lands on a game or a brand.
 */
export function dropProductEchoes(cs: TypedCandidate[], products: ReadonlySet<string>): void {
  if (products.size === 0) return;
  for (const c of cs) if (c.kind === 'unknown' && products.has(c.text)) c.kind = 'drop';
}
