import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { ExtractedRelation } from '../types';
import type { DiscourseState } from './discourse-state';

/**
 * "Aerovane was founded in 1987 by Henri Castaing. Its founder, now 84, still chairs the supervisory board", "La
 * maison a été créée par Louise Bertin en 1994. Sa fondatrice en est restée la présidente": a possessive and a
 * singular founder noun opening the sentence with no name after them stand for the one person a rule read founding
 * the company the sentence before was about (its subject company, else the last company it named). Read as the company (the possessive's usual reading), the post that
 * follows went to nobody. A company told with two founders, or none read, leaves the words to the other readers.
 */

/** Possessives of a company opening the sentence ("Its", "Son", "Sa"); "his"/"her" own a person's founder. */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'son', 'sa']);
/** The words at `i` without which `possessiveFounderAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const POSSESSIVE_FOUNDER_START_WORDS: ReadonlySet<string> = POSSESSIVES;
/** Singular founder nouns: plural ones are anaphora-founder-group.ts's, co-founders always name one of several. */
const FOUNDER_NOUNS: ReadonlySet<string> = new Set([
  'founder',
  'fondateur',
  'fondatrice',
  'créateur',
  'créatrice',
]);

/** How many tokens a second title may take between the founder noun and the name ("et président du directoire,"). */
const TITLE_TAIL_MAX_TOKENS = 6;
/** Words that join a second title to the founder noun. */
const TITLE_JOINS: ReadonlySet<string> = new Set(['et', 'and', '&']);

/**
 * A person named right after a second title joined to the founder noun ("Son fondateur et président, P"): the
 * tokens from `from` to the name open on "et"/"and" and hold only lower-case words and commas.
 */
function personNamedInTitle(tokens: readonly Token[], index: EntityIndex, m: Mention, from: number): boolean {
  if (index.entities[m.entity]?.type !== 'Person' || m.from <= from || m.from - from > TITLE_TAIL_MAX_TOKENS)
    return false;
  if (!TITLE_JOINS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < m.from; k++) {
    const t = tokens[k].text;
    if (t !== ',' && t !== t.toLowerCase()) return false;
  }
  return true;
}

/** The people a rule read founding each company, per article (the state lives as long as the article). */
const FOUNDERS = new WeakMap<DiscourseState, Map<number, Set<number>>>();

/** Keeps a person's founding of a company a rule read, for a later "its founder". */
export function recordFounder(
  state: DiscourseState,
  index: EntityIndex,
  fact: ExtractedRelation,
  founder: number,
  company: number,
): void {
  if (fact.type !== 'FOUNDED' || index.entities[founder].type !== 'Person') return;
  let byCompany = FOUNDERS.get(state);
  if (!byCompany) {
    byCompany = new Map();
    FOUNDERS.set(state, byCompany);
  }
  const people = byCompany.get(company) ?? new Set<number>();
  people.add(founder);
  byCompany.set(company, people);
}

/**
 * The founder "Its founder" / "Son fondateur" at `i` (opening the sentence) stands for, and the tokens spanned (the
 * possessive and the noun), else null.
 */
export function possessiveFounderAt(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: EntityIndex,
  i: number,
  state: DiscourseState,
): { ent: number; length: number } | null {
  if (i !== 0 || !POSSESSIVES.has(tokens[i].lower) || !FOUNDER_NOUNS.has(tokens[i + 1]?.lower ?? ''))
    return null;
  // "Its founder, Henri Castaing, …", "Son fondateur Karim Belhadj", "Son fondateur et président, Bernard
  // Jacquemoud, 64 ans": the founder is named here, maybe after a second title
  const named = tokens[i + 2]?.text === ',' ? i + 3 : i + 2;
  if (mentions.some((m) => m.from === named)) return null;
  if (mentions.some((m) => personNamedInTitle(tokens, index, m, i + 2))) return null;
  // the company the last sentence was about ("Elle avait levé 12 M€ auprès de Siparex. Son fondateur …" is the
  // subject's founder, not the investor's), else the last one it named
  const orgs = state.previousNamed.filter((e) => index.entities[e].type === 'Organization');
  const company = state.lastSubjectOrg ?? orgs[orgs.length - 1];
  if (company === undefined) return null;
  const founders = FOUNDERS.get(state)?.get(company);
  if (founders === undefined || founders.size !== 1) return null;
  return { ent: [...founders][0], length: 2 };
}
