import type { DiscourseState } from '../discourse-state';
import type { Rule } from '../rule';

/**
 * The company a `roundCompany` rule funds: the article's own (the headline's company the lead is about), unless it
 * is one of the sentence's givers. A loan paragraph often follows one naming a crowdfunding platform or an
 * investor, which the salience topic would give the loan to ("…via la plateforme Tudigo. Le Crédit Agricole
 * complète le financement par un prêt").
 */
export function roundTopic(rule: Rule, state: DiscourseState, sources: readonly number[]): number | null {
  if (!rule.roundCompany || state.topicOrg === null) return null;
  return sources.includes(state.topicOrg) ? null : state.topicOrg;
}
