/**
 * Where a name stands whole in a sentence: the same places as the regex
 * `(?<![\p{L}\d])NAME(?![\p{L}\d])` with flags 'gu' run by exec to the end, without building that regex. Readers
 * that ask it for every party of every fact (merger-vehicle.ts) spent more compiling such regexes than matching.
 */

/** A letter or an ASCII digit, as `[\p{L}\d]` reads one code point under the 'u' flag. */
const WORD_CHAR = /^[\p{L}\d]$/u;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The code point that ends right before `at` (a surrogate pair read as one), or '' at the start. */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return '';
  if (at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)))
    return text.slice(at - 2, at);
  return text[at - 1];
}

/** The code point that starts at `at`, or '' at the end. */
function codePointFrom(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * End offsets of each whole-word occurrence of `name` in `text`, left to right; an occurrence that overlaps the
 * previous one found is skipped, as a global regex resumes after its last match. Case-sensitive; `name` must
 * not be empty.
 */
export function wholeNameEnds(text: string, name: string): number[] {
  const ends: number[] = [];
  if (name.length === 0) return ends;
  for (let at = text.indexOf(name); at >= 0;) {
    // a 'u' regex tries no start inside a surrogate pair
    const splitsPair =
      at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
    const end = at + name.length;
    if (
      !splitsPair &&
      !WORD_CHAR.test(codePointBefore(text, at)) &&
      !WORD_CHAR.test(codePointFrom(text, end))
    ) {
      ends.push(end);
      at = text.indexOf(name, end);
    } else at = text.indexOf(name, at + 1);
  }
  return ends;
}
