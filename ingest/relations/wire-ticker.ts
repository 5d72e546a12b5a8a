import type { Unit } from './pattern';

/** Most units inside a ticker's angle brackets: "<CRAA.S>" is split at its dot. */
const MAX_TICKER_UNITS = 4;

/**
 * Wire copy puts a ticker after a name, even after its possessive ("CRA Ltd's <CRAA.S> <Forrest Gold Pty Ltd>
 * unit"): a reader walking from one name to the next steps over it. Returns the index after a "<…>" opening at
 * `from` that closes soon and holds no name but `owner`'s (the entity pass may read a ticker as its company),
 * else `from` ("<Forrest Gold Pty Ltd>" brackets another name: kept).
 */
export function afterWireTicker(units: readonly Unit[], from: number, owner: number): number {
  const open = units[from];
  if (open?.kind !== 'tok' || open.token.text !== '<') return from;
  for (let k = from + 1; k <= from + 1 + MAX_TICKER_UNITS && k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (!u.ents.includes(owner)) return from;
      continue;
    }
    if (u.token.text === '>') return k > from + 1 ? k + 1 : from;
  }
  return from;
}
