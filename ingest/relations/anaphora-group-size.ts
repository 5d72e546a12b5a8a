import type { DiscourseState } from './discourse-state';
import { salientOrg } from './discourse-state';

/**
 * "Le groupe" is never the company the article introduced as a small one ("Aquasonde, une PME grenobloise", "X, a
 * Leeds-based startup"): after a deal story describes its small target at length, the target outweighs the buyer in
 * mentions, yet "Le groupe, qui réalise 410 millions d'euros …" is the buyer. Nor is it the target of the article's
 * deal, whatever its size: the group noun goes to the buyer, the party that grows.
 */

/** Nouns that make a company a small one (kept in `state.described` when an apposition or cue said them). */
const SMALL_FIRM_NOUNS = ['pme', 'tpe', 'start-up', 'startup', 'pousse'];
/** Nouns only a large company is told of by. */
const GROUP_NOUNS = new Set(['groupe', 'group', 'conglomérat', 'conglomerate']);

/**
 * The company a group noun stands for once the small companies are set aside: `ent` itself when the noun is no
 * group noun or `ent` was never called small, else the most salient other company (or `ent` when there is none).
 */
export function groupSizedAntecedent(
  noun: string,
  ent: number,
  state: DiscourseState,
  namedLater: ReadonlySet<number>,
): number {
  if (!GROUP_NOUNS.has(noun)) return ent;
  // "X rachète Y … Le groupe, qui exploitera désormais neuf sites": the buyer is the group that grows, not its target
  const { buyer, target } = state.firstDeal;
  if (ent === target && buyer !== null && buyer !== target && !namedLater.has(buyer)) return buyer;
  const small = new Set<number>();
  for (const n of SMALL_FIRM_NOUNS) {
    const e = state.described.get(n);
    if (e !== undefined) small.add(e);
  }
  // an investment firm is "le fonds", never "le groupe": the group noun passes over the funds named
  for (const fund of state.funds) small.add(fund);
  if (!small.has(ent)) return ent;
  const other = salientOrg(state, new Set([...namedLater, ...small]));
  if (other === null) return ent;
  return other === target && buyer !== null && !small.has(buyer) && !namedLater.has(buyer) ? buyer : other;
}

/**
 * A group noun that the nearer readings took to an investment firm ("Le fonds rachète la part de Garonne Capital, qui
 * avait pris le contrôle du groupe"): the company the article is about, as `groupSizedAntecedent` picks it.
 */
export function groupNotFund(
  noun: string,
  ent: number,
  state: DiscourseState,
  namedLater: () => ReadonlySet<number>,
): number {
  return GROUP_NOUNS.has(noun) && state.funds.has(ent)
    ? groupSizedAntecedent(noun, ent, state, namedLater())
    : ent;
}
