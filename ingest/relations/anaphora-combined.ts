import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { isFundLikeName } from './salience-cues';

/**
 * "the combined company", "the enlarged group", "the merged group", "le nouvel ensemble", "la nouvelle entité": after
 * a deal the press names the company it makes. A merger that named its result ("donnera naissance à X") makes X;
 * a purchase makes its buyer bigger, so the phrase is the buyer; a merger with no named result is no one company.
 */

/** English adjectives of a company made by a deal, before "company", "group", "entity", "business". */
const COMBINED_ADJECTIVES_EN = new Set(['combined', 'enlarged', 'merged', 'expanded']);
const COMBINED_NOUNS_EN = new Set(['company', 'group', 'entity', 'business']);
/**
 * French: "le nouvel ensemble", "la nouvelle entité", "le nouveau groupe". Not "la nouvelle société", which is a
 * company set up for the deal, nor "le futur groupe", often a buy-out's holding.
 */
const COMBINED_ADJECTIVES_FR = new Set(['nouvel', 'nouveau', 'nouvelle']);
const COMBINED_NOUNS_FR = new Set(['ensemble', 'entité', 'groupe']);
const DETERMINERS = new Set(['the', 'le', 'la', "l'", 'du', 'au']);

/** Tokens of such a phrase at `i` with no name right after it, else 0. */
export function combinedPhraseLength(tokens: Token[], mentions: Mention[], i: number): number {
  if (!DETERMINERS.has(tokens[i].lower)) return 0;
  const adjective = tokens[i + 1]?.lower ?? '';
  const noun = tokens[i + 2]?.lower ?? '';
  const english = COMBINED_ADJECTIVES_EN.has(adjective) && COMBINED_NOUNS_EN.has(noun);
  if (!english && !(COMBINED_ADJECTIVES_FR.has(adjective) && COMBINED_NOUNS_FR.has(noun))) return 0;
  // "the combined group, Weaveroute," / "le nouvel ensemble Talencia" name it themselves
  if (mentions.some((x) => x.from === i + 3 || (x.from === i + 4 && tokens[i + 3].text === ','))) return 0;
  return 3;
}

/**
 * The company the article's deal made: the result a merger named; else, unless the article told a merger, the buyer
 * of its first purchase (later deals are usually recalled ones) when that buyer is no investment fund, which owns
 * what it buys without becoming one group with it. Else null.
 */
export function dealResultOrg(state: DiscourseState, names: (e: number) => string): number | null {
  if (state.bornOrg !== null) return state.bornOrg;
  if (state.mergingPair !== null) return null;
  const { buyer, target } = state.firstDeal;
  if (buyer === null || target === null || buyer === target || isFundLikeName(names(buyer))) return null;
  return buyer;
}
