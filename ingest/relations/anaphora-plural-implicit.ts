import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { implicitPair } from './discourse';
import { pluralGroups } from './anaphora-plural-state';
import { storyPairAfterList } from './anaphora-pair-after-list';

/**
 * "The two companies", "les deux entreprises", "deux marques" when no pair was coordinated before: a phrase in
 * apposition to a list its own sentence just gave ("A et B, deux marques qui se disputent …", "A and B, two
 * platforms that …") is that list, not the last deal's parties;
 * else the deal's parties or the last sentence's two companies (`implicitPair`).
 */

const LIST_JOIN = /^(,|et|and|&)$/;
const LIST_PREPOSITION = /^(à|au|aux|with|to|de|d'|par|by)$/;

/** The organisations coordinated just before the comma at `comma` ("A et B ,"), when there are two or more. */
function listBefore(units: Unit[], comma: number): number[] | null {
  const u = (k: number) => units[k];
  const ents: number[] = [];
  let k = comma - 1;
  for (;;) {
    const e = u(k);
    if (e?.kind !== 'ent' || !e.orgs || e.anaphor) break;
    ents.unshift(...e.ents);
    let j = k - 1;
    // "et à B", "and with B": one preposition may stand between the join and the member
    const prep = u(j);
    if (prep?.kind === 'tok' && LIST_PREPOSITION.test(prep.token.lower)) j--;
    const join = u(j);
    if (join?.kind !== 'tok' || !LIST_JOIN.test(join.token.lower)) break;
    k = j - 1;
  }
  return ents.length >= 2 ? [...new Set(ents)] : null;
}

/** The list the plural phrase at token `i` is apposed to: "A et B, deux marques", else null. */
function apposedList(tokens: Token[], units: Unit[], i: number): number[] | null {
  if (tokens[i - 1]?.text !== ',') return null;
  const last = units.length - 1;
  if (units[last]?.kind !== 'tok' || (units[last] as { token: Token }).token.text !== ',') return null;
  return listBefore(units, last);
}

/** The pair an unmatched plural phrase at token `i` stands for (see the file's comment), or null. */
export function impliedPair(
  tokens: Token[],
  units: Unit[],
  i: number,
  state: DiscourseState,
): number[] | null {
  const apposed = apposedList(tokens, units, i);
  if (apposed !== null) return apposed.length === 2 ? apposed : null;
  // "A a racheté X, tandis que B …. Les deux groupes …": the two subjects, not the first deal's parties
  // "…will face A, B and C. Both companies …": the story's pair, not an aside's deal (anaphora-pair-after-list.ts)
  return storyPairAfterList(state) ?? pluralGroups(state).parallel ?? implicitPair(state);
}
