import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { PERSON_TITLES } from '../entities/lexicon-roles';
import { PAIR_OPENERS, PLURAL_ANAPHOR_NOUNS, RIVAL_NOUNS } from './anaphor-words';

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
