import type { DiscourseState } from './discourse-state';

/**
 * The company a whole paragraph was about, for "The company …" / "L'entreprise …" opening the next one. Writers
 * give each party of a deal its own paragraph ("Skyrift was founded in 2015 by … The Aarhus-based firm employs …")
 * and go on about it in the next one with a bare pointer ("The company raised $45 million in 2023 …"): that pointer
 * continues the paragraph before rather than going back to the article's first company. Only a paragraph that opened
 * on the company by its name and whose every later sentence with a company subject had the same one counts (a
 * paragraph that turns from the buyer to the target tells no single company), and only a company of the headline
 * that is no investment firm: a paragraph about a rival, a newspaper or the investor in the story's company
 * ("Atalante Partenaires investit 20 millions d'euros.¶L'entreprise affronte …") is an aside, after which the
 * story's own company comes back.
 */

/** Marks a paragraph that opened on no named company subject, or whose sentences had different ones. */
const MIXED = -1;

/**
 * Records the company subject of a sentence just read in the current paragraph (null: none). `named`: the
 * sentence named that company (not only a pointer at it).
 */
export function recordParagraphSubject(state: DiscourseState, subject: number | null, named: boolean): void {
  if (state.paragraphSubject === MIXED) return;
  if (state.paragraphSentences === 0) state.paragraphSubject = subject !== null && named ? subject : MIXED;
  else if (subject !== null && state.paragraphSubject !== subject) state.paragraphSubject = MIXED;
}

/** A paragraph ends: keeps its one subject company for the next paragraph's opening pointer. */
export function closeParagraphSubject(state: DiscourseState): void {
  const subject = state.paragraphSubject;
  state.paragraphSubject = null;
  const single = subject !== null && subject !== MIXED && !state.funds.has(subject);
  const headline = single && (state.title?.orgs.includes(subject) ?? false);
  state.previousParagraphSubject = headline ? subject : null;
  // a paragraph about another company only: the rivalry readers may still continue it (rival-paragraph-carry.ts)
  state.previousParagraphAsideSubject = single && !headline ? subject : null;
}

/**
 * The antecedent of a definite pointer opening the first sentence of a paragraph: the company the paragraph before
 * was about, unless the pointer's own clause names it after the pointer. `namedLater`: those companies.
 */
export function previousParagraphSubject(
  state: DiscourseState,
  namedLater: ReadonlySet<number>,
): number | null {
  const subject = state.previousParagraphSubject;
  if (subject === null || state.paragraphSentences > 0 || namedLater.has(subject)) return null;
  return subject;
}
