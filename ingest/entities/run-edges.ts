import type { Token } from '../tokens';
import { isOpeningAdverb } from './opening-adverbs';
import { isOpeningGlueWord } from './opening-glue';
import { isLeadingDescriptor, isSectorAfterOf } from './descriptor-words';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { ADJACENT_ORG_CUES, FR_STOPWORDS, ORG_CUES_FR } from './lexicon-words';
import { INNER_PARTICLES, OF_PARTICLES, isStop } from './name-joins';
import { isFoundingWord } from './founding-words';
import { isBylineLabel } from './byline-labels';
import { isInnerThe } from './english-article-name';
import { filingLeadEnd, governancePrefixEnd, governanceTailStart } from './generic-names';
import { monthAsName } from './known-span';
import { sourceCueBefore } from './source-cues';
import { ownsPossessive } from './possessive-names';
import { isPostTitleBeforeName } from './post-title-prefix';
import { isReleaseLineLabel } from './release-labels';
import { keepsTitleArticle } from './titled-names';
import { isDatelineDash } from './dateline-dash';

// The edges of a capitalised run (called from candidates.ts): which words open a sentence, so that their capital
// says nothing, and which leading articles, titles, descriptors and trailing particles are cut off the name.

/** Nouns of a rival that open a sentence before a name ("Rival X", "Concurrent direct, X" is cut by the comma). */
const RIVAL_NOUNS = new Set([
  'rival',
  'competitor',
  'concurrent',
  'challenger',
  'peer',
  // trade nouns that wire copy sets before a name ("Drugmaker X SA", "Insurer Y")
  'insurer',
  'reinsurer',
  'lender',
  'retailer',
  'conglomerate',
]);
/** Adjectives of a past or passing role that open a sentence before the employer's name ("Former Unilever
 * executive X"): the name is the employer's alone. */
const OPENING_QUALIFIERS = new Set(['former', 'ex', 'onetime', 'ancien', 'ancienne']);
/** Compound agent nouns of a trade ("drugmaker", "chipmaker", "shipbuilder"). */
const MAKER_COMPOUND_RE = /^\p{L}{3,}(?:maker|builder)$/u;
/** Articles cut off the front of a name (the run cutter also takes a name on past one). */
export const ARTICLES = new Set(['the', 'le', 'la', 'les', "l'", 'un', 'une', 'a', 'an', 'des']);
/** Cuts articles, titles, descriptors and sentence openers off the front of a run, dangling particles off its end. */
export function stripEdges(tokens: Token[], from: number, to: number, text: string): [number, number] {
  let a = from;
  let b = to;
  while (a < b) {
    const l = tokens[a].lower.replace(/\.$/, '');
    // a capitalised "The" inside a sentence belongs to the name ("le groupe The Cure")
    const keptThe =
      tokens[a].text === 'The' && b - a > 1 && (followsFrenchWord(tokens, a) || isInnerThe(tokens, a));
    // "selon Le Progrès", "according to The Grocer": a quoted outlet's capital article is part of its title
    const outletArticle =
      b - a > 1 &&
      /^\p{Lu}/u.test(tokens[a].text) &&
      (sourceCueBefore(tokens, a) || keepsTitleArticle(tokens, a, b));
    const article = ARTICLES.has(tokens[a].lower) && !keptThe && !outletArticle;
    const stop =
      article ||
      (isStop(tokens[a].lower) &&
        isInitialPosition(tokens, a) &&
        !keptThe &&
        !outletArticle &&
        !monthAsName(tokens, a)) ||
      // "Rival X closed its round": a sentence-opening descriptor noun glued to the name
      ((RIVAL_NOUNS.has(tokens[a].lower) ||
        RIVAL_NOUNS.has(tokens[a].lower.replace(/s$/, '')) ||
        OPENING_QUALIFIERS.has(tokens[a].lower) ||
        MAKER_COMPOUND_RE.test(tokens[a].lower) ||
        isReleaseLineLabel(tokens[a]) ||
        isBylineLabel(tokens[a])) &&
        isInitialPosition(tokens, a) &&
        b - a > 1) ||
      // "Currently, X stock is traded": a sentence-opening adverb before its comma
      (isInitialPosition(tokens, a) && isOpeningAdverb(tokens, a)) ||
      // "Previously X Corp had…", "Unlike X, …": an opening adverb or preposition with no comma after it
      (isInitialPosition(tokens, a) && b - a > 1 && isOpeningGlueWord(tokens, a));
    // "PDG d'Ondalis": once a role word is cut off, its "de" goes with it
    const orphanOf = a > from && OF_PARTICLES.has(tokens[a].lower) && !outletArticle;
    const descriptor = b - a > 1 && (isLeadingDescriptor(tokens[a]) || isSectorAfterOf(tokens, a));
    if (
      stop ||
      orphanOf ||
      descriptor ||
      PERSON_TITLES.has(tokens[a].lower) ||
      PERSON_TITLES.has(l) ||
      isPostTitleBeforeName(tokens, a, b) ||
      (b - a > 1 && isFoundingWord(l) && isInitialPosition(tokens, a)) ||
      ROLE_WORDS.has(l)
    )
      a++;
    else break;
  }
  a = filingLeadEnd(tokens, governancePrefixEnd(tokens, a, b), b);
  b = governanceTailStart(tokens, a, b);
  while (
    b > a &&
    (OF_PARTICLES.has(tokens[b - 1].lower) ||
      // "Terminales del Sur": a capitalised "Sur" is the name's last word, not a dangling particle
      (INNER_PARTICLES.has(tokens[b - 1].lower) && tokens[b - 1].text.length < 3) ||
      (INNER_PARTICLES.has(tokens[b - 1].lower) && tokens[b - 1].text === tokens[b - 1].lower) ||
      (tokens[b - 1].lower === "'s" && !ownsPossessive(tokens, b - 1, text)))
  )
    b--;
  return [a, b];
}

/** An English "The" after a French word is part of a foreign name ("le groupe The Cure"). */
function followsFrenchWord(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || isInitialPosition(tokens, i)) return false;
  return FR_STOPWORDS.has(prev.lower) || ORG_CUES_FR.has(prev.lower) || ADJACENT_ORG_CUES.has(prev.lower);
}

/** Token i opens a sentence, a byline field or a headline, where any word is capitalised. */
export function isInitialPosition(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = tokens[i - 1].text;
  // "Les Echos | Par Grégoire X |": each field of a web byline opens like a line
  if (p === '|') return true;
  // "BOSTON, Sept 22 (Reuters) - Drugmaker X": the story's first word follows the agency's bracket and dash
  if (/^[-–—]$/.test(p) && i >= 2 && tokens[i - 2].text === ')') return true;
  // "ROME, March 25 - Veteran politician X": so does the word after a dated dateline's dash
  if (isDatelineDash(tokens, i - 1)) return true;
  // "UPDATE 2-Lender X", "EXCLUSIVE-Insurer Y": a wire tag in capitals (and its count) opens the headline
  if (/^[-–—]$/.test(p) && isWireTag(tokens, i - 1)) return true;
  return /^[«"“:(\-–—•*]$/.test(p) && (i === 1 || /^[«"“:]$/.test(p));
}

/** Tokens of a wire tag before its dash ("UPDATE 2"). */
const MAX_WIRE_TAG_TOKENS = 2;

/** Tokens [0, dash) are a wire tag and its count: an all-caps word of three letters or more, then digits. */
function isWireTag(tokens: Token[], dash: number): boolean {
  return dash === MAX_WIRE_TAG_TOKENS && /^\p{Lu}{3,}$/u.test(tokens[0].text) && /^\d+$/.test(tokens[1].text);
}
