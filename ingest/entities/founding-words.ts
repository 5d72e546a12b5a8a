/**
 * "Co-founders X and Y will stay on", "Cofondée en 2019 par X", "Co-founded in 2021 by X": a founding noun or
 * participle that opens a sentence is capitalised by its place and glued to the names after it; it is never a
 * name itself. Lower case, hyphenated and closed spellings alike.
 */
const FOUNDING_WORD_RE =
  /^(?:co-?)?(?:founders?|founded|fondateurs?|fondatrices?|fondée?s?|fondé)$|^co-?(?:fondateurs?|fondatrices?|fondée?s?)$/u;

export function isFoundingWord(lower: string): boolean {
  return FOUNDING_WORD_RE.test(lower);
}
