import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { firstOrgIn } from './sentence-orgs';

/**
 * "Obsidia, which went public in 2019, has been moving … Last month it bought X": within a paragraph, an English "it"
 * opening its clause keeps to the last sentence's company subject (named with no person), before the article's
 * most salient company — a rival the paragraph turned to is still the one "it" continues.
 */
export function subjectChainOrg(
  tokens: Token[],
  i: number,
  units: Unit[],
  state: DiscourseState,
  isSideParty: (ent: number) => boolean,
): number | null {
  if (tokens[i].lower !== 'it' || firstOrgIn(units) !== null) return null;
  // an investment firm the story named for its backing ("Alder Ventures has backed three firms. It competes …") is
  // weighed as a side party and does not carry the pronoun — unless "it" goes on investing ("Harrow Lane bought a
  // majority stake in the business. It had previously invested in A"), which only the investor does
  const side = state.pronounOrg !== null && isSideParty(state.pronounOrg) && !investsNext(tokens, i);
  return state.pronounOrg !== null && !side ? state.pronounOrg : null;
}

/** Verbs of an investor's own acts: investing, backing, buying ("snapped up", "picked up"), selling out. */
const INVESTOR_VERB =
  /^(invest(s|ed)?|back(s|ed)?|fund(s|ed)?|financ(es|ed)|bought|buys|acquired|acquires|purchased|purchases|snapped|snaps|picked|picks|scooped|swallowed|took|takes|holds|held|owns|owned|sold|sells|exited|manages|managed|led|leads|co-led|participated|joined|raised|closed)$/;
/** Auxiliaries and adverbs between "it" and its verb ("It had previously invested", "It has also backed"). */
const VERB_HELPERS = /^(has|had|have|also|previously|already|since|then|later|recently|still|once|too)$/;
const MAX_HELPERS = 3;

/** The verb after "it" at `i`, past a few helpers, is an investor's. */
function investsNext(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 1 + MAX_HELPERS; k++) {
    if (INVESTOR_VERB.test(tokens[k].lower)) return true;
    if (!VERB_HELPERS.test(tokens[k].lower)) return false;
  }
  return false;
}
