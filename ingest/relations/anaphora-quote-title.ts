import type { DiscourseState } from './discourse-state';

/**
 * '"…," chief executive P said', '« … », confie la présidente, P': a title with no company in the reporting clause
 * of a quote that opens its paragraph is a title at the article's own company. Writers close a paragraph on an
 * aside (a rival's merger, a shareholder keeping its seats, a bank's loan) and then give the floor back to the
 * story's company, so the company named most or last is the wrong guess there. With no company of the article
 * known, the company the paragraph before was about speaks; a quote inside a paragraph is left to the caller.
 */

/** The company a paragraph-opening quote's bare title belongs to, or null (the caller's salience reading then). */
export function quoteTitleCompany(state: DiscourseState): number | null {
  if (state.paragraphSentences > 0) return null;
  return state.topicOrg ?? state.previousParagraphSubject;
}
