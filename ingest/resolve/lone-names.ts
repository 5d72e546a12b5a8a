import type { NameItem as Item } from './named-apart';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from '../entities/lexicon-common';
import { surnameOf } from './person-surnames';
import { withoutDottedForm } from './name-core';

/**
 * "W.R. Grace and Co said … Grace received 99 mln dlrs": a one-word name typed a person only because it spells a
 * given name is the company's short form when the article names no person by it and a company it names ends or
 * opens with that word. A person the article names in full keeps the word ("Dudley Taft … Taft Broadcasting":
 * "Taft" stays ambiguous and is left as typed).
 */

/** "Haruka Corp": the folded key drops the legal form, so the one word left is the company's own short form. */
function endsInLegalForm(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1].replace(/\.$/, ''));
}

/** Re-types lone given-name-shaped mentions that are a company's short form; items are changed in place. */
export function retypeLoneGivenNames(items: Item[]): void {
  const fullPersons = items.filter((x) => x.c.kind === 'person' && x.words.length > 1);
  const orgs = items.filter((x) => x.c.kind === 'org' && x.words.length > 1);
  if (orgs.length === 0) return;
  for (const x of items) {
    if (x.c.kind !== 'person' || x.words.length !== 1) continue;
    const w = x.words[0];
    if (ORG_HEAD_WORDS.has(w)) continue;
    if (fullPersons.some((p) => surnameOf(p.words) === w || p.words[0] === w)) continue;
    const named = orgs.some((o) => {
      if (o.key === w && endsInLegalForm(o.c.text)) return true;
      const core = withoutDottedForm(o.key.split(' '));
      return core.length > 1 && (core[0] === w || core[core.length - 1] === w);
    });
    if (named) x.c.kind = 'org';
  }
}
