import type { Token } from '../tokens';

/**
 * Title-case headlines ("Hilton Hotels Acquired by Blackstone Group", "Merger Is Planned By A and B Industries")
 * capitalise every word, so a capitalised run there spans names and the verbs and nouns of the story between
 * them. In such a line the story's words below are not name words: the names are the runs they separate.
 */
const HEADLINE_STORY_WORDS = new Set([
  // verbs of deals and corporate news, in the forms headlines use
  'agree',
  'agrees',
  'agreed',
  'merge',
  'merges',
  'merged',
  'acquire',
  'acquires',
  'acquired',
  'buy',
  'buys',
  'bought',
  'sell',
  'sells',
  'sold',
  'plan',
  'plans',
  'planned',
  'complete',
  'completes',
  'completed',
  'win',
  'wins',
  'won',
  'end',
  'ends',
  'ending',
  'set',
  'sets',
  'put',
  'puts',
  'open',
  'opens',
  'resolve',
  'resolves',
  'announce',
  'announces',
  'announced',
  'launch',
  'launches',
  'name',
  'names',
  'named',
  'appoint',
  'appoints',
  'appointed',
  'report',
  'reports',
  'raise',
  'raises',
  'cut',
  'cuts',
  'file',
  'files',
  'seek',
  'seeks',
  'reject',
  'rejects',
  'approve',
  'approves',
  'approved',
  'say',
  'says',
  'said',
  'to',
  'is',
  'are',
  'was',
  'be',
  'by',
  'with',
  'in',
  'on',
  'for',
  'its',
  'from',
  'over',
  'after',
  'into',
  'as',
  'at',
  // nouns of the story itself
  'merger',
  'deal',
  'bid',
  'offer',
  'takeover',
  'talks',
  'duel',
  'stake',
  // shares of a target a headline's buyer takes ("to Acquire Balance of X")
  'balance',
  'rest',
  'remainder',
  'control',
  'majority',
]);

/** Fewest capitalised long words for a line to be read as a headline. */
const MIN_HEADLINE_CAPITALISED_WORDS = 3;
/** Words shorter than this are left out of the count: title case keeps short function words lower ("of", "by"). */
const MIN_COUNTED_WORD_LENGTH = 4;

/** A line with no lower-case word of four letters or more and at least three capitalised ones. */
export function isTitleCaseLine(tokens: Token[]): boolean {
  let capitalised = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < MIN_COUNTED_WORD_LENGTH) continue;
    // camel case ("iPhone") is a name's spelling, not a lower-case word
    if (t.text === t.lower) return false;
    capitalised++;
  }
  return capitalised >= MIN_HEADLINE_CAPITALISED_WORDS;
}

/** True when a token of a title-case line is a word of the story, not of a name. */
export function isHeadlineStoryWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && HEADLINE_STORY_WORDS.has(t.lower);
}

/**
 * Splits a run of a title-case line at the story's words and at "and" between two capitalised words, which a
 * headline uses to pair its parties ("A and B Industries"); the story words themselves are left out.
 */
export function splitAtHeadlineWords(
  tokens: Token[],
  from: number,
  to: number,
  out: Array<[number, number]>,
): void {
  let a = from;
  for (let i = from; i < to; i++) {
    const pairing = tokens[i].lower === 'and' && i > a && i + 1 < to;
    if (!isHeadlineStoryWord(tokens[i]) && !pairing) continue;
    if (i > a) out.push([a, i]);
    a = i + 1;
    // "Balance of X": the "of" goes with the story word it completes
    if (tokens[a]?.lower === 'of' && !pairing) {
      a++;
      i++;
    }
  }
  if (a < to) out.push([a, to]);
}
