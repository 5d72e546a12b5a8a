import type { Sentence } from '../sentences';

/**
 * A deal told after the lead with a past time of its own ("In May 1985, A sold its B unit to C", "B was acquired
 * by C in 1984") is the story's background: wire copy states the news in its first sentence and recalls older
 * deals later. Such a telling keeps its fact but weighs less than the news, so a reader taking one deal per story
 * (the Corporate Acquisitions template) takes the news.
 */
export const BACKGROUND_CONFIDENCE_FACTOR = 0.7;

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A year the deal is dated to ("in 1984", "in May 1985", "in early 1986"), or a time plainly past ("last year"). */
const PAST_TIME = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])in\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?(?:19|20)\d\d(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:last|earlier\s+(?:last|this))\s+year(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])\d+\s+years\s+ago(?![\p{L}\p{N}])`,
  ].join('|'),
  'iu',
);
/** Words of a deal still to come: "is expected to close in 1987" tells the news, not the past. */
const FUTURE_CUE =
  /(?<![\p{L}\p{N}])(?:will|would|expects?|expected|plans?|planned|proposed|pending|agreed|agrees|intends?|shall|by\s+the\s+end)(?![\p{L}\p{N}])/iu;

/** A deal the story says was told before ("the previously announced acquisition of Z"): old news after the lead. */
const TOLD_BEFORE =
  /(?<![\p{L}\p{N}])(?:previously|earlier|already)\s+(?:announced|disclosed|reported|completed)(?![\p{L}\p{N}])/iu;

/** Sentence `s` tells a deal of the past rather than the story's news. */
export function isBackgroundDeal(sentences: readonly Sentence[], s: number): boolean {
  if (s === 0) return false;
  const text = sentences[s].text;
  return TOLD_BEFORE.test(text) || (PAST_TIME.test(text) && !FUTURE_CUE.test(text));
}
