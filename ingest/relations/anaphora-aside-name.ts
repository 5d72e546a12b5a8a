import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';

/**
 * "Le nouvel ensemble, qui prendra le nom de Talencia, …", "La future société, baptisée Talencia, …": the aside
 * right after a pointer at the company a deal creates names that company. Before the sentence is over the article
 * has not recorded the new name yet (discourse.ts keeps it for the next sentences), so the pointer reads the aside.
 */

/** Words that give a company its name in an aside ("qui prendra le nom de", "baptisée", "s'appellera"). */
const NAMING_WORDS = new Set([
  'nom',
  'baptisé',
  'baptisée',
  'dénommé',
  'dénommée',
  'appelé',
  'appelée',
  'appellera',
  'nommé',
  'nommée',
  'called',
  'named',
  'name',
  'known',
]);
/** Most tokens from the aside's comma to the name ("qui prendra le nom de"). */
const MAX_ASIDE_TOKENS = 7;

/** The organisation the aside opening at token `from` (a comma) names, or null. */
export function asideNamedOrg(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  from: number,
): number | null {
  if (tokens[from]?.text !== ',') return null;
  let naming = false;
  for (let k = from + 1; k < tokens.length && k <= from + MAX_ASIDE_TOKENS; k++) {
    const m = mentions.find((x) => x.from === k);
    if (m !== undefined) {
      const closes = m.to >= tokens.length || /^[,.;]$/.test(tokens[m.to].text);
      return naming && closes && index.entities[m.entity].type === 'Organization' ? m.entity : null;
    }
    if (/^[,;:.!?()]$/.test(tokens[k].text)) return null;
    if (NAMING_WORDS.has(tokens[k].lower)) naming = true;
  }
  return null;
}
