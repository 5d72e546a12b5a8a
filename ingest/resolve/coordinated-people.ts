import type { Token } from '../tokens';
import type { NameItem as Item } from './named-apart';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from '../entities/lexicon-common';
import { isWorldGivenName } from '../entities/person-given-names';

/**
 * "investors David Bellet and Chester Siuda said it lowered its stake": a name joined by "and" to a person is a
 * person of the same kind when it has a person's shape (a given name, then one or two more words, no legal form
 * and no company head word). The company verb after the pair ("said it") speaks of the group, so it must not make
 * the second name a firm. "Bellet and Siuda Capital" keeps its head word and stays a firm.
 */

const JOINERS = new Set(['and', 'et', '&']);
/** A given name and a surname, or a given name, a middle name and a surname. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

function hasPersonShape(x: Item): boolean {
  if (x.words.length < MIN_WORDS || x.words.length > MAX_WORDS) return false;
  if (x.words.some((w) => LEGAL_FORMS.has(w) || ORG_HEAD_WORDS.has(w))) return false;
  return isWorldGivenName(x.words[0]);
}

/** Re-types, in place, unknown or company names joined by "and" to a person named in full beside them. */
export function retypeCoordinatedPeople(items: Item[], sentTokens: Token[][]): void {
  const people = items.filter((p) => p.c.kind === 'person' && p.words.length >= MIN_WORDS);
  for (const x of items) {
    if ((x.c.kind !== 'unknown' && x.c.kind !== 'org') || !hasPersonShape(x)) continue;
    const tokens = sentTokens[x.c.sentence];
    const joined = people.some(
      (p) =>
        p.c.sentence === x.c.sentence &&
        ((p.c.to === x.c.from - 1 && JOINERS.has(tokens[p.c.to]?.lower)) ||
          (x.c.to === p.c.from - 1 && JOINERS.has(tokens[x.c.to]?.lower))),
    );
    if (joined) x.c.kind = 'person';
  }
}
