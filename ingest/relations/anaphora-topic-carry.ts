import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { topicAt } from './anaphora-topic-deal';
import { isOblique } from './syntax';

/**
 * "Chez Merlevent, la nouvelle est accueillie avec soulagement. La PME, qui …", "At Brenner, the mood is calm. The
 * company …", "As for X, …": a sentence opened on a company as its topic is about that company though the company
 * is no grammatical subject, so the next sentence's "la PME", "the company", "elle" and "son" stand for it — not for
 * the article's most salient company. Only when the topic sentence names no other company as a subject.
 */
export function carryTopicCompany(units: Unit[], state: DiscourseState): void {
  // only a paragraph of this one sentence hands its topic over a paragraph break (discourse-state.ts)
  state.topicCarried = null;
  state.topicSentenceOrg = null;
  const t = topicAt(units);
  if (t < 0) return;
  const topic = (units[t] as Extract<Unit, { kind: 'ent' }>).ents[0];
  for (let k = t + 2; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !u.ents.includes(topic) && !isOblique(units, k)) return;
  }
  state.topicSentenceOrg = topic;
  state.lastSubjectOrg = topic;
  state.pronounOrg = topic;
  state.companyVerbPronounOrg = topic;
  state.paragraphOrgs.set(topic, (state.paragraphOrgs.get(topic) ?? 0) + 1);
  if (state.paragraphSentences === 0) state.topicCarried = topic;
}
