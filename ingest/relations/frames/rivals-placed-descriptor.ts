import type { Unit } from '../pattern';
import { originCountry } from '../anaphora-origin-conflict';

/**
 * "The Danish group has been gaining ground", "Le groupe suisse grignote du terrain": a company descriptor that
 * places its company in a country. The anaphor pass gives such a descriptor the company told of that country, and
 * refuses the article's company when the text placed it elsewhere (anaphora-origin-conflict.ts); left unresolved,
 * it is a company the text does not name, never the topic a clause reader would fall back to.
 */
export function placedDescriptor(units: Unit[], det: number, noun: number): boolean {
  // the words between the determiner and the noun, and the one after the noun (French puts the origin there)
  for (let k = det + 1; k <= noun + 1 && k < units.length; k++) {
    if (k === noun) continue;
    const w = units[k];
    if (w.kind !== 'tok' || w.token.kind !== 'word') continue;
    if (originCountry(w.token.text) !== null) return true;
  }
  return false;
}
