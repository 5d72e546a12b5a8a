import type { Token } from '../tokens';
import type { DiscourseState } from './discourse';
import type { Unit } from './pattern';
import { paragraphTopicOrg } from './paragraph-topic';

/**
 * "Aquilon a été créé par P. Ce dernier avait cédé le contrôle de la société au fonds Z", "Its founder sold the
 * company to Z in 2019": a definite pointer inside a clause whose subject is no company (a person, "ce dernier")
 * is the company the paragraph is about, as a pointer opening the sentence would be — not the article's main
 * company the paragraph has left. Null when the paragraph names the article's company or stood on no new one, and
 * when the clause names a person ("Moradi, who runs the company", "P, directeur général de la société"): a named
 * person's own company is read by the leader rules from the sentence itself.
 */
const DEFINITE = new Set(['le', 'la', "l'", 'the']);

export function paragraphObjectPointerOrg(
  article: Token,
  units: readonly Unit[],
  state: DiscourseState,
): number | null {
  if (!DEFINITE.has(article.lower) || units.some((u) => u.kind === 'ent' && u.persons && !u.anaphor))
    return null;
  return paragraphTopicOrg(state);
}
