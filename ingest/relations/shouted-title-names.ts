import type { Sentence } from '../sentences';

/**
 * Wire copy shouts its headline ("TIME <TL> SEES DILUTION FROM SCOTT, FORESMAN", "CBC BANCORP TO BE ACQUIRED BY
 * UNION PLANTERS"), so a name written "Time Inc" in the text is never found there as written, and the story's
 * company is lost for the topic (anaphora-topic.ts). In an all-caps headline a name stands case-folded as written, or
 * by its first words right before a ticker in angle brackets: the wire's headline puts the ticker after the short
 * name of every listed company it names ("MAY <MA> TO SELL SYCAMORE DIVISION").
 */

/** Fewest letters a headline must hold to be read as shouted. */
const MIN_SHOUTED_LETTERS = 4;
/** Most leading words of a name looked for before a ticker ("NATIONAL WESTMINSTER BANK <NWBL.L>"). */
const MAX_TICKER_NAME_WORDS = 4;
/** Fewest letters of a name's leading words before a ticker: "A <A>" says too little. */
const MIN_TICKER_NAME_LETTERS = 3;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the headline is all capitals: no lower-case letter and a few capital ones. */
export function isShoutedTitle(title: string): boolean {
  return !/\p{Ll}/u.test(title) && (title.match(/\p{Lu}/gu)?.length ?? 0) >= MIN_SHOUTED_LETTERS;
}

/** Letters and digits only, upper-cased: "McGraw-Hill" and "MCGRAW HILL" compare equal. */
function lettersUpper(text: string): string {
  return text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Where `surface`, case-folded, first stands in `shouted` as whole words, or -1. */
function foldedPosition(shouted: string, surface: string): number {
  const upper = surface.toUpperCase();
  for (let at = shouted.indexOf(upper); at >= 0; at = shouted.indexOf(upper, at + 1)) {
    const before = shouted[at - 1] ?? ' ';
    const after = shouted[at + upper.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return at;
  }
  return -1;
}

/** Where the leading words of `surface` stand right before a ticker bracket of `shouted`, or -1. */
function beforeTickerPosition(shouted: string, surface: string): number {
  const words = surface.split(/\s+/u).filter(Boolean);
  for (const ticker of shouted.matchAll(/<[^<>\s]+>/gu)) {
    const head = shouted.slice(0, ticker.index).trimEnd();
    const headWords = head.split(/\s+/u);
    for (let n = Math.min(MAX_TICKER_NAME_WORDS, words.length); n >= 1; n--) {
      const lead = lettersUpper(words.slice(0, n).join(''));
      if (lead.length < MIN_TICKER_NAME_LETTERS) break;
      // the name's words may be spelt with other spacing or hyphens ("MCGRAW HILL" for "McGraw-Hill")
      for (let m = 1; m <= Math.min(MAX_TICKER_NAME_WORDS, headWords.length); m++) {
        const tail = headWords.slice(headWords.length - m);
        if (lettersUpper(tail.join('')) === lead) return head.length - tail.join(' ').length;
      }
    }
  }
  return -1;
}

/** Where `surface` names a company in an all-caps headline, or -1 (also -1 for a headline that is not shouted). */
export function shoutedTitlePosition(title: string, surface: string): number {
  if (!isShoutedTitle(title)) return -1;
  const folded = foldedPosition(title, surface);
  return folded >= 0 ? folded : beforeTickerPosition(title, surface);
}

/** Characters between the headline and the lead that make them two paragraphs ("\n\n"). */
const HEADLINE_GAP_CHARS = 2;

/**
 * The headline of a text given without one, when wire copy opens on it: an all-caps first sentence standing alone
 * in its paragraph ("TIME <TL> SEES DILUTION FROM SCOTT, FORESMAN", blank line, dateline). A text whose first line is
 * in ordinary case has no headline read this way.
 */
export function shoutedOpeningHeadline(sentences: readonly Sentence[]): string | null {
  const [first, second] = sentences;
  if (!first || !second || second.start - first.end < HEADLINE_GAP_CHARS) return null;
  return isShoutedTitle(first.text) ? first.text : null;
}
