import type { NameItem as Item } from './named-apart';
import { LEGAL_FORMS } from '../entities/lexicon-common';

/**
 * "CRA Ltd's <Forrest Gold Pty Ltd> unit … Forrest Gold owns two mines": a name of two or three words typed a
 * person only by its shape (a given name, then a word) is the short form of a company the article named before
 * with a legal form, when both fold to one key. The legal form is evidence a shape is not; a name said before the
 * company or of four words is left as typed.
 */

const MAX_SHORT_WORDS = 3;

function endsInLegalForm(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1].replace(/\.$/, ''));
}

/** Re-types person-shaped short forms of a company named before with its legal form; items change in place. */
export function retypeLegalFormShortNames(items: Item[]): void {
  const firstFormal = new Map<string, number>();
  for (const x of items)
    if (x.c.kind === 'org' && endsInLegalForm(x.c.text) && !firstFormal.has(x.key))
      firstFormal.set(x.key, x.c.start);
  if (firstFormal.size === 0) return;
  for (const x of items) {
    if (x.c.kind !== 'person' || x.words.length < 2 || x.words.length > MAX_SHORT_WORDS) continue;
    const at = firstFormal.get(x.key);
    if (at !== undefined && at < x.c.start) x.c.kind = 'org';
  }
}
