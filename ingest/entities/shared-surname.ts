import type { Token } from '../tokens';
import type { TypedCandidate } from './collect';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';
import { hasHead } from './name-joins';

/**
 * "les frères Karim et Nabil Haddad", "brothers Tomasz and Piotr Nowak": a lone given name coordinated with a
 * full name shares its surname, so the article names two people, "Karim Haddad" and "Nabil Haddad", not a
 * person called "Karim". The lone name's mention keeps its own offsets; only its text takes the surname.
 */

const COORDINATORS = new Set(['et', 'and', '&']);
/** Plural nouns of people that share a surname or a venture, right before the pair. */
const KIN_NOUNS = new Set([
  'frères',
  'sœurs',
  'soeurs',
  'cousins',
  'époux',
  'brothers',
  'sisters',
  'cousins',
  'twins',
  'jumeaux',
  'spouses',
]);

function isGivenName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || isWorldGivenName(lower);
}

/** Gives each lone given name before "et/and" + a given name and surname(s) that surname; in place. */
export function lendSharedSurnames(tokens: Token[], cs: TypedCandidate[], text: string): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    if (a.to - a.from !== 1 || b.to - b.from < 2 || b.from - a.to !== 1) continue;
    if (!COORDINATORS.has(tokens[a.to].lower)) continue;
    // given names the lists miss are vouched for by a kin noun before the pair ("les frères A et B C")
    const kin = KIN_NOUNS.has(tokens[a.from - 1]?.lower ?? '');
    if (!kin && !isGivenName(tokens[a.from].lower)) continue;
    if (!kin && !isGivenName(tokens[b.from].lower) && b.kind !== 'person') continue;
    // the partner's first word is a given name and the rest its surname; neither may be a company
    if (a.kind === 'org' || tokens[b.from + 1].text === tokens[b.from + 1].lower) continue;
    if (hasHead(tokens, b.from, b.to)) continue;
    const surname = text.slice(tokens[b.from + 1].start, b.end);
    cs[i] = { ...a, text: `${a.text} ${surname}`, kind: 'person' };
    cs[i + 1] = { ...b, kind: 'person' };
  }
}
