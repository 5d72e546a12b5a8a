import type { TypedCandidate } from '../entities/collect';

/** One name as the resolver compares it: the candidate, its folded words and its cross-article key. */
export interface NameItem {
  c: TypedCandidate;
  words: string[];
  key: string;
}

/** The words of `short` open `long`, which has more. */
export function isPrefix(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  return short.every((w, i) => long[i] === w);
}

/**
 * "Le groupe Orvalis cède sa filiale Orvalis Contact": a short name said before a longer one that extends it, in
 * the same sentence, is another company (a parent and its unit); an article introduces one company by its full
 * name first. Returns "short key>long key" pairs never to merge.
 */
export function namedApart(items: NameItem[]): Set<string> {
  const out = new Set<string>();
  // a one-word name only ever said at a sentence's start ("Space is now …") may be a capitalised common word, so it
  // cannot show that a longer name joins two companies ("Brightmoor Space")
  const saidInside = new Set(items.filter((x) => !x.c.initial || x.words.length > 1).map((x) => x.key));
  const orgKeys = new Set(items.filter((x) => x.c.kind === 'org' && saidInside.has(x.key)).map((x) => x.key));
  for (const s of items) {
    for (const l of items) {
      if (!isPrefix(s.words, l.words)) continue;
      if ((s.c.sentence === l.c.sentence && s.c.to <= l.c.from) || joinsTwoCompanies(s, l, orgKeys))
        out.add(`${s.key}>${l.key}`);
    }
  }
  return out;
}

/**
 * "Norvane Castelbri" after "Norvane … le groupe Castelbri": a merged company named by joining both parties'
 * names is a third company, not the first party told in full.
 */
function joinsTwoCompanies(short: NameItem, long: NameItem, orgKeys: ReadonlySet<string>): boolean {
  if (short.c.kind !== 'org' || long.c.kind !== 'org') return false;
  const rest = long.words.slice(short.words.length).join(' ');
  return rest !== short.key && orgKeys.has(rest);
}
