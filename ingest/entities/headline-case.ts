import type { Token } from '../tokens';
import { NATIONALITIES } from './lexicon-common';
import { isKnownOrganisation } from './world-lexicon';

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
  // verbs of funding and hiring news ("X Secures $85 Million", "Y Lands Deal", "Z Taps CFO")
  'secure',
  'secures',
  'secured',
  'land',
  'lands',
  'bag',
  'bags',
  'nab',
  'nabs',
  'close',
  'closes',
  'closed',
  'snap',
  'snaps',
  'scoop',
  'scoops',
  'clinch',
  'clinches',
  'hire',
  'hires',
  'tap',
  'taps',
  'unveil',
  'unveils',
  'expand',
  'expands',
  'add',
  'adds',
  'eye',
  'eyes',
  'take',
  'takes',
  'get',
  'gets',
  'receive',
  'receives',
  'sign',
  'signs',
  'join',
  'joins',
  'back',
  'backs',
  'invest',
  'invests',
  'lead',
  'leads',
  'welcome',
  'welcomes',
  'enter',
  'enters',
  'strengthen',
  'strengthens',
  'boost',
  'boosts',
  // amounts a headline capitalises ("$85 Million Series C")
  'million',
  'billion',
  'mln',
  'bln',
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

/** Share of long words capitalised above which a line is a headline even with a few lower-case words ("into"). */
const MOSTLY_CAPITALISED_SHARE = 0.75;

/** A headline whose title case lets a long preposition stay lower ("…, Expanding Its Platform into Europe"). */
export function isMostlyCapitalisedLine(tokens: Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < MIN_COUNTED_WORD_LENGTH) continue;
    long++;
    if (t.text !== t.lower) capitalised++;
  }
  return capitalised >= MIN_HEADLINE_CAPITALISED_WORDS && capitalised / long >= MOSTLY_CAPITALISED_SHARE;
}

/** Deal nouns that are the story only before "of" ("Acquisition of X"; "X Acquisition Corp" is a name). */
const DEAL_NOUNS_BEFORE_OF = new Set(['acquisition', 'purchase', 'sale', 'buyout']);

function isDealNounOf(tokens: Token[], i: number): boolean {
  return (
    /^\p{Lu}/u.test(tokens[i].text) &&
    DEAL_NOUNS_BEFORE_OF.has(tokens[i].lower) &&
    tokens[i + 1]?.lower === 'of'
  );
}

/** True when a token of a title-case line is a word of the story, not of a name. */
export function isHeadlineStoryWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && HEADLINE_STORY_WORDS.has(t.lower);
}

/**
 * Splits a run of a title-case line at the story's words and at "and" between two capitalised words, which a
 * headline uses to pair its parties ("A and B Industries"); the story words themselves are left out.
 */
/** A capitalised gerund ("Adding", "Expanding"): of a word this long, "-ing" is no name's ending by chance. */
const GERUND_RE = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Determiners that show the words after a gerund are its object ("Expanding Its …", "Creating the …"). */
const OBJECT_DETERMINERS = new Set(['its', 'their', 'the', 'a', 'an', 'new', 'his', 'her']);
/** Fewest words of a gerund clause with no determiner ("Adding Power-Chip Packaging Capacity"). */
const MIN_BARE_GERUND_CLAUSE_WORDS = 3;

/**
 * "…for $410 Million, Adding Power-Chip Packaging Capacity": after a comma a title-case headline goes on with a
 * participle clause, whose capitalised words name nothing.
 */
export function isGerundClause(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== ',' || !GERUND_RE.test(tokens[from].text)) return false;
  const second = tokens[from + 1];
  if (!second || from + 1 >= to) return false;
  return OBJECT_DETERMINERS.has(second.lower) || to - from >= MIN_BARE_GERUND_CLAUSE_WORDS;
}

export function splitAtHeadlineWords(
  tokens: Token[],
  from: number,
  to: number,
  out: Array<[number, number]>,
): void {
  if (isGerundClause(tokens, from, to)) return;
  let a = from;
  for (let i = from; i < to; i++) {
    const pairing = tokens[i].lower === 'and' && i > a && i + 1 < to;
    if (!isHeadlineStoryWord(tokens[i]) && !pairing && !isDealNounOf(tokens, i)) continue;
    if (i > a) out.push(withoutNationality(tokens, a, i));
    a = i + 1;
    // "Balance of X": the "of" goes with the story word it completes
    if (tokens[a]?.lower === 'of' && !pairing) {
      a++;
      i++;
    }
  }
  if (a < to) out.push(withoutNationality(tokens, a, to));
}

/** A trade's agent noun a headline capitalises between a nationality and the name ("Swedish Installer X"). */
const HEADLINE_AGENT_RE = /^\p{Lu}[\p{L}-]*(er|or|ist|ier)$/u;

/**
 * "Closes Acquisition of Moroccan Vanadium Exploration Company", "Acquires Swedish Heat-Pump Installer X AB":
 * title case capitalises a target's nationality too, and the trade noun after it; a known name that opens with
 * one keeps it.
 */
function withoutNationality(tokens: Token[], a: number, b: number): [number, number] {
  // only in the target's slot, after "of" or a deal verb ("Acquisition of …", "Acquires …"): a line-opening
  // "British Airways Buys …" is the buyer
  const prev = tokens[a - 1];
  const slot = !!prev && (prev.lower === 'of' || isHeadlineStoryWord(prev));
  if (b - a < 2 || !NATIONALITIES.has(tokens[a].lower) || !slot) return [a, b];
  const name = tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
  if (isKnownOrganisation(name.toLowerCase())) return [a, b];
  // "Swedish Heat-Pump Installer Värmekraft Norr AB": the descriptor runs to its agent noun
  for (let k = a + 1; k < b - 1; k++) if (HEADLINE_AGENT_RE.test(tokens[k].text)) return [k + 1, b];
  return [a + 1, b];
}
