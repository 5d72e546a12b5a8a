import type { Token } from '../tokens';
import { salientOrg } from './discourse';
import type { DiscourseState } from './discourse';

/** Which company a pointer opening a sentence stands for once a round-up has turned to a new company. */

/**
 * The company the paragraph's last sentence was about, when the article's most salient company has not been
 * named in this paragraph: a round-up turns to a new company with each paragraph, named once (often after
 * "pour"), so an earlier paragraph's company would otherwise still win "L'entreprise" opening the next sentence.
 * While the salient company is named in the paragraph, it keeps the pointer (the last subject may be an investor).
 */
function paragraphTopicOrg(state: DiscourseState): number | null {
  const salient = salientOrg(state);
  if (salient === null || state.paragraphOrgs.has(salient)) return null;
  if (state.lastSubjectOrg !== null)
    return state.paragraphOrgs.has(state.lastSubjectOrg) ? state.lastSubjectOrg : null;
  // the last sentence named a person ("…, souligne P, directrice générale de X"): the paragraph's own most
  // salient company, when one stands out
  return paragraphLeader(state.paragraphOrgs);
}

/**
 * The organisation that weighs most in the paragraph; among equals the first named, as for the article's
 * company ("l'arrivée de X, fondé par deux anciens de Y": X is told of, Y is where its founders worked).
 */
function paragraphLeader(weights: Map<number, number>): number | null {
  let best: number | null = null;
  let bestWeight = 0;
  for (const [e, w] of weights) {
    if (w > bestWeight) {
      best = e;
      bestWeight = w;
    }
  }
  return best;
}

/** "Le groupe", not "Son groupe": a possessive's owner is read from the sentence before, not the paragraph. */
const DEFINITE_ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

/**
 * The antecedent of a pointer opening a sentence ("Le groupe avait déjà…", "L'entreprise, créée…") when the
 * paragraph turned to a new company: see `paragraphTopicOrg`.
 */
export function openingPointerOrg(article: Token, state: DiscourseState): number | null {
  return DEFINITE_ARTICLES.has(article.lower) ? paragraphTopicOrg(state) : null;
}
