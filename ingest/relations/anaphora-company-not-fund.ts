import type { DiscourseState } from './discourse-state';
import { salientOrg } from './discourse-state';

/**
 * French calls an investment firm "le fonds", not "la société" or "l'entreprise": after "Le fonds Montrose Capital,
 * qui accompagne Aubrac Industries depuis 2020, participera au financement", "La société, présidée par P, a déjà
 * racheté Y" is the company the fund backs, not the fund, though the fund was the last subject. Likewise "Sous son
 * ère [Cérès Capital's], la société a avalé deux marques" is the brand the fund held. The company noun passes over
 * the funds named, to the most salient other company. "la société de gestion" is the fund's own manager's noun and
 * keeps the fund.
 */

/** French company nouns that never stand for an investment firm. */
const COMPANY_NOUNS = new Set(['société', 'entreprise']);
/** "la société de gestion": the noun then names a fund manager. */
const MANAGER_COMPLEMENT = ['de', 'gestion'] as const;

/**
 * The company a French company noun stands for: `ent` itself unless it is a fund (`state.funds`), else the most
 * salient company that is no fund and is not named later in the clause (or `ent` when there is none).
 */
export function companyNotFund(
  noun: string,
  after: readonly string[],
  ent: number,
  state: DiscourseState,
  namedLater: () => ReadonlySet<number>,
): number {
  if (!COMPANY_NOUNS.has(noun) || !state.funds.has(ent)) return ent;
  if (MANAGER_COMPLEMENT.every((w, k) => after[k] === w)) return ent;
  const other = salientOrg(state, new Set([...namedLater(), ...state.funds]));
  return other ?? ent;
}
