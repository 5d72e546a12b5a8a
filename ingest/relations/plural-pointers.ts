import type { Token } from '../tokens';
import { LIST_NOUNS, PLURAL_ANAPHOR_NOUNS } from './anaphor-words';

/**
 * Pointers at several companies at once: "Both compete with X", "Toutes deux …", "Their biggest rival, X",
 * "Leurs concurrents", "the combined company" after a merger (its parties, for rivalry).
 */

/** Possessives of several owners: with a list or pair named just before, the rivals or backers are theirs. */
export const PLURAL_POSSESSIVES = new Set(['their', 'leurs', 'leur']);
/** Words "Both" opens a phrase with rather than a verb ("Both of them", "Both the buyer and …"). */
const NOT_A_VERB_AFTER_BOTH = new Set(['of', 'the', 'a', 'an', 'sides', 'parties', 'deals', 'and']);
/** "Tous deux", "toutes deux", "toutes les deux": French "both" before the verb. */
const FR_BOTH_OPENERS = new Set(['tous', 'toutes']);

/**
 * Tokens of a sentence-opening "Both" before its verb ("Both compete with X", "Both are backed by Y") or
 * "Tous deux" / "Toutes les deux", else 0. "Both companies" is the pair phrase, read elsewhere.
 */
export function bothSubjectLength(tokens: Token[], i: number): number {
  if (i !== 0) return 0;
  const t = tokens[0];
  const next = tokens[1];
  if (!next || next.kind !== 'word') return 0;
  if (t.lower === 'both')
    return next.text === next.lower &&
      !NOT_A_VERB_AFTER_BOTH.has(next.lower) &&
      !PLURAL_ANAPHOR_NOUNS.has(next.lower)
      ? 1
      : 0;
  if (!FR_BOTH_OPENERS.has(t.lower)) return 0;
  if (next.lower === 'deux') return 2;
  return next.lower === 'les' && tokens[2]?.lower === 'deux' ? 3 : 0;
}

/** "the combined company", "le nouvel ensemble", "the merged group", "l'entité fusionnée": what a merger makes. */
const COMBINED_ADJECTIVES = new Set(['combined', 'merged', 'enlarged', 'nouvel', 'nouveau', 'nouvelle']);
const COMBINED_PARTICIPLES = new Set(['fusionné', 'fusionnée', 'combiné', 'combinée', 'élargi']);
const COMBINED_NOUNS = new Set([
  'company',
  'group',
  'entity',
  'firm',
  'business',
  'ensemble',
  'entité',
  'groupe',
  'société',
  'entreprise',
]);
const COMBINED_DETERMINERS = new Set(['the', 'le', 'la', "l'"]);

/** Tokens of a phrase naming the company a merger makes, starting at `i`, else 0. */
export function combinedPhraseLength(tokens: Token[], i: number): number {
  if (!COMBINED_DETERMINERS.has(tokens[i].lower)) return 0;
  const a = tokens[i + 1]?.lower ?? '';
  const b = tokens[i + 2]?.lower ?? '';
  if (COMBINED_ADJECTIVES.has(a) && COMBINED_NOUNS.has(b)) return 3;
  return COMBINED_NOUNS.has(a) && COMBINED_PARTICIPLES.has(b) ? 3 : 0;
}

/** Words of rivalry: the merging parties stand for the company they make only for its rivals. */
const RIVALRY_WORD = /^(compet|rival|concurren|affront|challeng|vies$|face$)/;

export function tellsRivalry(tokens: Token[]): boolean {
  return tokens.some((t) => RIVALRY_WORD.test(t.lower));
}

/** Words of a merger between two companies named together. */
const MERGER_WORD =
  /^(merger|merge|merging|merged|fusion|fusionner|fusionnent|fusionneront|fusionnaient|rapprochement)$/;

export function tellsMerger(tokens: Token[]): boolean {
  return tokens.some((t) => MERGER_WORD.test(t.lower));
}

const LIST_DEFINITES = new Set(['the', 'le', 'les']);
/** Counts only a list has: "the two …" is the pair phrase, "the players" alone may be anyone. */
const GROUP_COUNTS = new Set(['trois', 'quatre', 'cinq', 'three', 'four', 'five']);
const GROUP_NOUNS = new Set(['trio', 'quatuor']);

/** "The trio", "les trois enseignes", "the three giants": a definite article before a count of the last list. */
export function definiteListLength(tokens: Token[], i: number): number {
  if (!LIST_DEFINITES.has(tokens[i].lower)) return 0;
  const next = tokens[i + 1]?.lower ?? '';
  if (GROUP_NOUNS.has(next)) return 2;
  return GROUP_COUNTS.has(next) && LIST_NOUNS.has(tokens[i + 2]?.lower ?? '') ? 3 : 0;
}
