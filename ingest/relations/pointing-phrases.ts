import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { PERSON_TITLES } from '../entities/lexicon-roles';
import {
  ANAPHOR_DETERMINERS,
  ANAPHOR_NOUNS,
  FR_VERBS_AFTER_SUBJECT,
  LIST_DEMONSTRATIVES,
  LIST_NOUNS,
  PAIR_OPENERS,
  PLURAL_ANAPHOR_NOUNS,
  RIVAL_NOUNS,
  SMALL_NUMBERS,
} from './anaphor-words';

/** Phrase shapes units.ts looks for before it turns words into a pointer at a company or drops them. */

/** Words that may qualify a rival noun after a possessive ("its main rivals", "ses principaux concurrents"). */
const MAX_RIVAL_QUALIFIERS = 2;
export function rivalNounAt(tokens: Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_RIVAL_QUALIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (RIVAL_NOUNS.has(t.lower) && t.lower !== 'leader' && t.lower !== 'leaders' && t.lower !== 'numéro')
      return true;
    if (t.kind !== 'word' || t.text !== t.lower || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower))
      return false;
  }
  return false;
}

/** Tokens of "the two companies", "les deux sociétés", "both companies" starting at `i`, else 0. */
export function pairPhraseLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  const k = /^(the|les|ces|these|those)$/.test(t.lower) ? i + 1 : i;
  if (!PAIR_OPENERS.has(tokens[k]?.lower ?? '') || !PLURAL_ANAPHOR_NOUNS.has(tokens[k + 1]?.lower ?? ''))
    return 0;
  return k + 2 - i;
}

/** Tokens of an honorific ("Dr.", "Mme", "Lady") standing right before a person's name, else 0. */
export function honorificLength(tokens: Token[], mentions: Mention[], index: EntityIndex, i: number): number {
  if (!PERSON_TITLES.has(tokens[i].lower)) return 0;
  const dot = tokens[i + 1]?.text === '.' ? 1 : 0;
  const named = mentions.find((x) => x.from === i + 1 + dot);
  return named && index.entities[named.entity].type === 'Person' ? 1 + dot : 0;
}

/**
 * The pronoun at `i` is the subject of the sentence's main clause: it opens the sentence or follows a fronted
 * phrase that named nobody ("Il y a deux ans, elle a racheté …", "In 2021, it bought …").
 */
export function opensMainClause(tokens: Token[], units: Unit[], i: number): boolean {
  if (i === 0) return true;
  // a fronted date needs no comma: "In 2023 it acquired …", "En 2021 elle a racheté …"
  const closesFronted = tokens[i - 1].text === ',' || YEAR_RE.test(tokens[i - 1].text);
  return closesFronted && !units.some((u) => u.kind === 'ent');
}

const YEAR_RE = /^(19|20)\d\d$/;

/** Tokens of "ces trois acteurs", "these players", "ce trio" starting at `i`, else 0. */
export function listPhraseLength(tokens: Token[], i: number): number {
  if (!LIST_DEMONSTRATIVES.has(tokens[i].lower)) return 0;
  const k = SMALL_NUMBERS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return LIST_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 - i : 0;
}

/** Most lower-case words ("le groupe japonais Hanaki") between a cue noun and the name it introduces. */
const MAX_WORDS_BEFORE_NAME = 2;
/**
 * Most words when the qualifier is a complement ("l'opérateur de fibre X", "le cabinet de chasse de têtes X",
 * "le spécialiste nantais des produits apéritifs X"): each "de/des/du" brings its noun with it.
 */
const MAX_WORDS_BEFORE_NAME_WITH_COMPLEMENT = 5;
/** French links that open a noun complement inside a descriptor ("opérateur de fibre"). */
const FR_COMPLEMENT_LINKS = new Set(['de', "d'", 'des', 'du']);

/**
 * A name starts at `from` or after a few lower-case words: the cue noun before introduces it. Only French puts
 * qualifiers after the noun ("le groupe japonais Hanaki"); in English ("the company acquired X") and in French
 * before a verb ("la société rachète X") a word between is the verb of a clause whose subject the noun phrase is.
 */
export function namedSoon(tokens: Token[], mentions: Mention[], from: number, english: boolean): boolean {
  let maxWords = english ? 0 : MAX_WORDS_BEFORE_NAME;
  for (let k = from; k <= from + maxWords && k < tokens.length; k++) {
    if (mentions.some((x) => x.from === k)) return true;
    const t = tokens[k];
    if (!english && FR_COMPLEMENT_LINKS.has(t.lower) && isPlainWord(tokens[k + 1])) {
      // a lower-case noun must follow: "le groupe de X" names the owner, not the group
      maxWords = MAX_WORDS_BEFORE_NAME_WITH_COMPLEMENT;
      continue;
    }
    if (!isPlainWord(t)) return false;
    if (FR_VERBS_AFTER_SUBJECT.has(t.lower)) return false;
  }
  return false;
}

/** A lower-case content word: no name, no function word, no punctuation. */
function isPlainWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  return !FR_STOPWORDS.has(t.lower) && !EN_STOPWORDS.has(t.lower);
}

/** Words that make "le nouveau groupe" a company born of the deal, not one named earlier. */
const NEW_ENTITY_ADJECTIVES = new Set(['nouveau', 'nouvel', 'nouvelle', 'futur', 'future']);

/**
 * A descriptive word inside an anaphor ("combined", "Paris-based", "jeune", "the Stockholm company"), not a
 * function word; `isName`: a name starts at it, so the phrase is that name's cue instead.
 */
export function isAnaphorAdjective(t: Token, isName: boolean): boolean {
  if (t.kind !== 'word' || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
  // "le nouveau groupe" after a merger is the company the merger makes, none of the companies named before it
  if (NEW_ENTITY_ADJECTIVES.has(t.lower)) return false;
  // "the Stockholm company": a capitalised word no name starts at is a place or origin used as an adjective
  return t.text === t.lower || /-based$/i.test(t.text) || !isName;
}

/** "le nouveau groupe", "la future société": a pointer at the company a deal creates. */
export function isNewEntityPhrase(t: Token, next: Token | undefined, third: Token | undefined): boolean {
  return (
    ANAPHOR_DETERMINERS.has(t.lower) &&
    next !== undefined &&
    NEW_ENTITY_ADJECTIVES.has(next.lower) &&
    third !== undefined &&
    ANAPHOR_NOUNS.has(third.lower)
  );
}
