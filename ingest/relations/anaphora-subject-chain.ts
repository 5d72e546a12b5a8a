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
  t: Token,
  units: Unit[],
  state: DiscourseState,
  isSideParty: (ent: number) => boolean,
): number | null {
  if (t.lower !== 'it' || firstOrgIn(units) !== null) return null;
  // an investment firm the story named for its backing ("Alder Ventures has backed three firms. It competes …") is
  // weighed as a side party and does not carry the pronoun
  return state.pronounOrg !== null && !isSideParty(state.pronounOrg) ? state.pronounOrg : null;
}
