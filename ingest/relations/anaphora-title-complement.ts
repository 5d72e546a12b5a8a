import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import { isLeaderTitle } from './people';

/**
 * "Claire B. a été nommée présidente du directoire du fromager jurassien", "P, chief executive of the Leeds-based
 * retailer": a company told of by its trade and origin as the complement of a head's title is the one the article
 * is about. A writer who names the head's company by a description rather than a name takes it for known; a company
 * the article has not yet made its topic would be named there.
 */

/** Most words of the title read before the descriptor ("président du conseil de surveillance": five). */
const MAX_TITLE_WORDS = 6;
/** Prepositions that tie a descriptor to the title before it; "du"/"au" also open the descriptor itself. */
const TITLE_LINKS = new Set(['de', "d'", 'of']);
/** Contracted "de le": the descriptor's own determiner ties it to the title. */
const CONTRACTED_LINKS = new Set(['du']);

/**
 * True when the descriptor whose determiner is token `i` completes a head's title that stands right before it,
 * with no name in between: "directrice générale [de] l'industriel toulousain", "présidente du directoire du
 * fromager jurassien". A former or deputy title ("ancien patron de", "vice-président du") is no head's.
 */
export function completesLeaderTitle(tokens: Token[], mentions: Mention[], i: number): boolean {
  let end = i;
  if (!CONTRACTED_LINKS.has(tokens[i]?.lower ?? '')) {
    if (!TITLE_LINKS.has(tokens[i - 1]?.lower ?? '')) return false;
    end = i - 1;
  }
  const words: string[] = [];
  for (let k = end - 1; k >= 0 && end - k <= MAX_TITLE_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || mentions.some((m) => m.from <= k && k < m.to)) break;
    words.unshift(t.lower);
  }
  return words.length > 0 && isLeaderTitle(words.join(' '));
}
