import type { Token } from '../tokens';

/**
 * "Previously Zorbex Corp had sold…", "Currently Washington is only allowed…", "Unlike Zorbex Corp, Melvin…",
 * "Parallèlement Zorbex a racheté…": a sentence-opening adverb or preposition is capitalised by its place only,
 * and without a comma after it the capitalised run glues it to the name that follows. The shape of the word says
 * so: a long English "-ly" adverb, a French adverb in "-ment" with an adverb's ending, or a preposition that
 * opens a clause. Nouns in "-ment" that head bodies ("Parlement", "Département", "Groupement") keep their place.
 */
const EN_ADVERB_RE = /^\p{Lu}\p{Ll}+(?:ally|ently|antly|ately|ively|ously|edly|arly|ully|ingly)$/u;
const FR_ADVERB_RE =
  /^\p{Lu}\p{Ll}+(?:ellement|alement|èlement|iblement|ablement|èrement|ivement|iquement|amment|emment|ément)$/u;
/** Shortest adverb read so: short ones are surnames and firms as often ("Kelly", "Bally", "Clément"). */
const MIN_ADVERB_LETTERS = 8;
/**
 * Prepositions that open a clause before a name ("Unlike X, …", "Despite X's …", "Amid X's bid …"), and "Facing",
 * a participle used as one ("Facing X and Y, the retailer …").
 */
const OPENING_PREPOSITIONS = new Set([
  'unlike',
  'despite',
  'amid',
  'amidst',
  'besides',
  'alongside',
  'notwithstanding',
  'facing',
]);

/** True when the capitalised token at `a` is an adverb or clause-opening preposition by its shape. */
export function isOpeningGlueWord(tokens: Token[], a: number): boolean {
  const t = tokens[a];
  if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  if (OPENING_PREPOSITIONS.has(t.lower)) return true;
  return t.text.length >= MIN_ADVERB_LETTERS && (EN_ADVERB_RE.test(t.text) || FR_ADVERB_RE.test(t.text));
}
