import type { Token } from '../tokens';

/**
 * "Gwinnett County, a northeast suburb of Atlanta", "Fulton County will sell bonds": title-case words closed by a
 * local-government head name a place, which GOLD-FORMAT never counts, yet the apposition or the verb after it
 * would type it a person or a firm. A longer name that only contains the place ("Barnett Bank of Pinellas
 * County", "Orange County Transit District") is another candidate and keeps its reading.
 */
// "Township" is left out: Reuters acquisition copy sells "a branch in Clinton Township" as the thing bought
const LOCAL_AREA_HEADS = new Set(['county', 'parish']);

function isTitleCaseWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}[\p{Ll}.'-]*$/u.test(t.text);
}

/** True when tokens [from, to) are title-case words ending in "County" or "Parish". */
export function isLocalAreaName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (!LOCAL_AREA_HEADS.has(tokens[to - 1].lower)) return false;
  for (let i = from; i < to; i++) if (!isTitleCaseWord(tokens[i])) return false;
  return true;
}
