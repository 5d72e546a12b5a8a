import { escapeRegExp } from './escape-regexp';
import { memoByText } from './values/text-memo';

/**
 * A pattern with a company name inside it, compiled once for every name instead of once per name. Compiling a
 * case-folded Unicode pattern costs milliseconds, and a wire corpus names thousands of parties: the per-name compile
 * cost more than the reading itself. The name is passed in the subject, not in the source: the text is read after a
 * header holding the name's words, which a lookbehind captures and back-references match where the name stands. A
 * back-reference compares characters as the literal would (case-folded under `i`), and a run of white space between
 * the name's words matches any run of white space, as the name's own pattern had it ("S Acquisition\nCorp").
 */

/** Ends each word of the header: no name holds it (a name that does is compiled the plain way). */
const SEPARATOR = '\u0000';
/** The runs of white space that split a name into words (and that `\s+` reads between them). */
const WHITE_RUN = /\s+/u;
/** Capture groups of the header; a prefix no caller's own group names use. */
const WORD_GROUP = 'nameSlotWord';

/** Builds a pattern source from the source standing for the name (a literal, or back-references to its words). */
export type NameSource = (name: string) => string;

/** The source matching a name's `count` words separated by white space, as back-references to the header. */
function wordReferences(count: number): string {
  return Array.from({ length: count }, (_, i) => String.raw`\k<${WORD_GROUP}${i}>`).join(String.raw`\s+`);
}

/** The lookbehind that captures a header of `count` words, each closed by the separator, from the subject's start. */
function headerCapture(count: number): string {
  const words = Array.from({ length: count }, (_, i) => `(?<${WORD_GROUP}${i}>[^${SEPARATOR}]*)${SEPARATOR}`);
  return `(?<=^${words.join('')})`;
}

/**
 * `(name, text) => whether build(name) matches at the start of text`, as `new RegExp(build(literal name), flags +
 * 'y')` tested from offset 0 would answer, with one compiled pattern per count of words in the name. The built
 * source must not use numbered back-references (the header's groups come first), and its lookbehinds at the text's
 * first character see the separator, a control character, where the plain pattern sees the start of the text:
 * "not after a letter" (`(?<![\p{L}])`) reads both alike.
 */
export function nameAtStart(build: NameSource, flags: string): (name: string, text: string) => boolean {
  const byWordCount = new Map<number, RegExp>();
  const slotted = (count: number): RegExp => {
    let pattern = byWordCount.get(count);
    if (pattern === undefined) {
      pattern = new RegExp(`${headerCapture(count)}(?:${build(wordReferences(count))})`, `${flags}y`);
      byWordCount.set(count, pattern);
    }
    return pattern;
  };
  // a name holding the separator could not be told apart from the header: its own pattern reads it
  const literal = memoByText(
    (name: string) => new RegExp(build(escapeRegExp(name).replace(/\s+/gu, String.raw`\s+`)), `${flags}y`),
  );
  return (name: string, text: string): boolean => {
    if (name.includes(SEPARATOR)) {
      const own = literal(name);
      own.lastIndex = 0;
      return own.test(text);
    }
    const words = name.split(WHITE_RUN);
    const header = words.join(SEPARATOR) + SEPARATOR;
    const pattern = slotted(words.length);
    pattern.lastIndex = header.length;
    return pattern.test(header + text);
  };
}

/** The capture group holding a name read as one literal (literalNameSearch). */
const LITERAL_GROUP = 'nameSlotLiteral';

/**
 * `(name, text) => new RegExp(build(escapeRegExp(name)), flags).exec(text)`, the name as written (no case folding
 * beyond `flags`, its spaces as typed), with one pattern compiled for every name. The answer holds the match and the
 * built source's own groups numbered as in the plain pattern ([0] the match, [1] its first group…), not its offset.
 * The search runs on from the header through a lazy run, which tries each offset of the text in turn as the plain
 * search does; the same limits as nameAtStart hold (no numbered back-references, first-character lookbehinds).
 */
export function literalNameSearch(
  build: NameSource,
  flags: string,
): (name: string, text: string) => (string | undefined)[] | null {
  const slotted = new RegExp(
    `(?<=^(?<${LITERAL_GROUP}>[^${SEPARATOR}]*)${SEPARATOR})[\\s\\S]*?(${build(String.raw`\k<${LITERAL_GROUP}>`)})`,
    `${flags}y`,
  );
  const literal = memoByText((name: string) => new RegExp(build(escapeRegExp(name)), flags));
  return (name: string, text: string) => {
    if (name.includes(SEPARATOR)) return literal(name).exec(text);
    slotted.lastIndex = name.length + SEPARATOR.length;
    const found = slotted.exec(name + SEPARATOR + text);
    // group 1 is the header's name, group 2 the plain pattern's whole match
    return found === null ? null : found.slice(2);
  };
}
