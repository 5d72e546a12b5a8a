import type { Unit } from './pattern';

/**
 * "Zara owner Inditex", "Google parent Alphabet", "Premier Inn owner Whitbread": English press names a company by a
 * brand or business it owns, written before "owner" / "parent" as a modifier; the company named after the noun is
 * the party ("was bought by Zara owner Inditex", "competes with Premier Inn owner Whitbread"), the brand is none.
 * French writes the owned brand after the noun ("Inditex, le propriétaire de Zara"), which the parent-noun test of
 * syntax.ts already reads.
 */

/** Nouns that name a company by what it owns when a name stands on each side ("owner", "parent"). */
export const OWNER_NOUNS = new Set(['owner', 'parent']);
/** "Google parent company Alphabet": one lower-case noun may follow the owner noun before the company's name. */
const OWNER_NOUN_COMPLEMENTS = new Set(['company', 'group']);

/** The name at `i` stands before "owner"/"parent" (and "company"), itself right before another name. */
export function namesOwnedBrand(units: Unit[], i: number): boolean {
  const noun = units[i + 1];
  if (noun?.kind !== 'tok' || noun.token.text !== noun.token.lower || !OWNER_NOUNS.has(noun.token.lower))
    return false;
  const after = units[i + 2];
  if (after?.kind === 'tok' && OWNER_NOUN_COMPLEMENTS.has(after.token.text))
    return units[i + 3]?.kind === 'ent';
  return after?.kind === 'ent';
}
