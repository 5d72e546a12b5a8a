import type { NameItem as Item } from './named-apart';

/**
 * "Vaillant-Rocher" for "Transports Vaillant-Rocher", "Dubois-Martin" for "Ateliers Dubois-Martin": a hyphenated
 * name is one word written, but folds into several, so the last-word rule of short forms ("Kodak" for "Eastman
 * Kodak Co") misses it. A short form written as one hyphenated word whose folded words end a longer name's core is
 * the short form of the name whose core words `core` ends so, as a one-word one is.
 */
export function isHyphenatedTailOf(short: Item, core: string[]): boolean {
  const n = short.words.length;
  if (n < 2 || /\s/.test(short.c.text.trim()) || !short.c.text.includes('-')) return false;
  if (core.length <= n) return false;
  return short.words.every((w, i) => core[core.length - n + i] === w);
}
