import type { Token } from '../tokens';
import { isRegionBody } from '../entities/region-body';

/**
 * A French region's council told after a lower-case "la région" ("La région Pays de la Loire lui a attribué une
 * subvention") is named by the region alone (`../entities/region-body.ts`), but gold rows and readers also name it
 * as the text writes it, "région Pays de la Loire": that form is kept as one more alias, never as the name, so the
 * body is known by both. Such a mention is the council itself, a public body of its own: it is not the short form
 * of a longer name that opens with the region ("Pays de la Loire Participations", the region's investment fund, is
 * another investor), so the clustering never folds it into one.
 */

/** The lower-case noun the text puts before the region's name. */
const COUNCIL_NOUN = 'région';

/** Whether the mention [from, to) of a sentence is a region's council after "la région". */
export function isRegionCouncilMention(tokens: Token[], from: number, to: number): boolean {
  return isRegionBody(tokens, from, to);
}

/** The council's name as the text writes it ("région Pays de la Loire") for such a mention, else null. */
export function regionCouncilAlias(
  tokens: Token[],
  from: number,
  to: number,
  surface: string,
): string | null {
  return isRegionCouncilMention(tokens, from, to) ? `${COUNCIL_NOUN} ${surface}` : null;
}
