import { parseAhead } from './pattern-ahead';
import type { AheadElement } from './pattern-ahead';
import { wordRunsOf } from './pattern-word-runs';

/** The rule language's source text turned into elements, and what a sentence must hold for a rule to be tried. */

type Element =
  | { t: 'word'; re: RegExp; optional: boolean; body: string }
  | { t: 'gap'; max: number; strict: boolean; stop?: RegExp }
  | AheadElement
  | {
      t: 'ent';
      name: string;
      /** The capture holding where the role was filled (`#name`): built once here, not at every try of a match. */
      at: string;
      want: 'org' | 'person' | 'any';
      list: boolean;
      owner?: boolean;
      /** "?@x": the name may be missing ("who remains [its] chief executive"). */
      optional?: boolean;
    };

export interface Pattern {
  source: string;
  elements: Element[];
  /** Regexes of the words every match needs: a sentence lacking one is skipped without matching. */
  required: RegExp[];
  /** The same as plain word lists when the regex is only an alternation of words (null when it is not). */
  requiredWords: (string[] | null)[];
  /** People rules read "Acme chief executive P" as a fact, deal rules as a name that only qualifies P. */
  titledNamesArePartiesToo: boolean;
  /**
   * Rivalry rules read a market's players as the press lists them: the first member may carry a descriptor
   * ("l'allemand A, le canadien B et C") and a member its own aside ("B, owned by utility N, and C").
   */
  rivalLists: boolean;
  /**
   * A list member's own aside is stepped over when the list goes on after it ("A, the venture arm of G, and B"):
   * rivalry lists and lists of backers, whose members the press describes between the names.
   */
  memberAsides: boolean;
  /** "!!w": a sentence holding such a word anywhere is not read by the rule (a match report, a stamp series). */
  refused: RegExp[];
  /**
   * What the unit a match starts at must be, from the first element when it consumes a unit and is not optional:
   * a match is only tried from such units (the others would fail on the first element anyway).
   */
  opening: Opening;
  /** The required words in runs that stand in this order on consecutive units (pattern-word-runs.ts). */
  wordRuns: RegExp[][];
}

/** The unit a match can open on: an entity, a word the regex accepts, or any unit (no such first element). */
export type Opening = { t: 'ent' } | { t: 'word'; re: RegExp } | { t: 'any' };

/**
 * Compiles a rule written as space-separated elements: a regular expression matched against a whole
 * lower-case word (prefix "?" makes it optional), "~N" skips up to N plain words ("~N!" also stops at words
 * that open another role: prepositions, conjunctions, relative pronouns), "@x" captures an
 * organisation as role x ("@!x" even as the owner in "a unit of X"), "@@x" a coordinated list of them, "%x" a person, "*x" / "**x" any entity / list of entities (investors may be people), "*x" any entity.
 * Look-ahead (consumes nothing): ">w" needs the next unit to be a word matching w, "!>w" refuses it; words joined
 * by "_" must follow one another (">to_(buy|acquire)"); "{N}" lets the words start up to N-1 plain lower-case words
 * later ("!>{3}(producers|makers)" refuses "X luxury car producers"). See `parseAhead`.
 * A gap may name words it does not cross: "~10^(il|elle)" stops at a new subject pronoun.
 * Sentence-wide, anywhere and in any order: "&&w" needs a word w in the sentence, "!!w" refuses a sentence with one.
 */
export function compile(
  source: string,
  titledNamesArePartiesToo = false,
  rivalLists = false,
  memberAsides = rivalLists,
): Pattern {
  const parts = source.trim().split(/\s+/);
  const sentenceWide = (prefix: string): RegExp[] =>
    parts
      .filter((x) => x.startsWith(prefix) && x.length > 2)
      .map((x) => new RegExp(`^(?:${x.slice(2)})$`, 'u'));
  const refused = sentenceWide('!!');
  const elements: Element[] = parts
    .filter((part) => !/^(&&|!!)./u.test(part))
    .map((part): Element => {
      const ahead = parseAhead(part);
      if (ahead) return ahead;
      const gapped = /^~(\d+)(!?)(?:\^(.+))?$/u.exec(part);
      if (gapped) {
        const stop = gapped[3] === undefined ? undefined : new RegExp(`^(?:${gapped[3]})$`, 'u');
        return { t: 'gap', max: parseInt(gapped[1], 10), strict: gapped[2] === '!', stop };
      }
      if (/^\?[@%*]/.test(part)) {
        const el = parseEntity(part.slice(1));
        if (el?.t === 'ent') return { ...el, optional: true };
      }
      // "@!x": the rule itself reads the "a unit of X" shape, so X counts though it qualifies a noun
      if (part.startsWith('@!')) {
        const name = part.slice(2);
        return { t: 'ent', name, at: `#${name}`, want: 'org', list: false, owner: true };
      }
      const ent = parseEntity(part);
      if (ent) return ent;
      const optional = part.startsWith('?') && part.length > 1;
      const body = optional ? part.slice(1) : part;
      return { t: 'word', re: new RegExp(`^(?:${body})$`, 'u'), optional, body };
    });
  const requiredBodies = elements.flatMap((e) => (e.t === 'word' && !e.optional ? [e.body] : []));
  const required = requiredBodies.map((b) => new RegExp(`^(?:${b})$`, 'u'));
  // "&&w" is a word the sentence needs anywhere: screened like the rule's own words, matched nowhere
  for (const re of sentenceWide('&&')) {
    required.push(re);
    requiredBodies.push(re.source.slice(4, -2));
  }
  const requiredWords = requiredBodies.map(literalAlternatives);
  return {
    source,
    elements,
    titledNamesArePartiesToo,
    rivalLists,
    memberAsides,
    required,
    requiredWords,
    refused,
    opening: openingOf(elements),
    wordRuns: wordRunsOf(elements),
  };
}

function openingOf(elements: Element[]): Opening {
  const first = elements[0];
  if (first?.t === 'ent' && !first.optional) return { t: 'ent' };
  if (first?.t === 'word' && !first.optional) return { t: 'word', re: first.re };
  return { t: 'any' };
}

/** Entity prefixes, longest first: what each captures, and whether a coordinated list of them. */
const ENTITY_PREFIXES: readonly (readonly [string, 'org' | 'person' | 'any', boolean])[] = [
  ['@@', 'org', true],
  ['@', 'org', false],
  ['%%', 'person', true],
  ['%', 'person', false],
  ['**', 'any', true],
  ['*', 'any', false],
];

/** An entity element ("@x", "@@x", "%x", "%%x", "*x", "**x"), or null when `part` is no entity. */
function parseEntity(part: string): Element | null {
  const kind = ENTITY_PREFIXES.find(([prefix]) => part.startsWith(prefix));
  if (kind === undefined) return null;
  const [prefix, want, list] = kind;
  const name = part.slice(prefix.length);
  return { t: 'ent', name, at: `#${name}`, want, list };
}

/**
 * "(acquire|buys|(was|is))" → its words, so a sentence is screened by set look-ups instead of one regex run per
 * word per rule. Null when the body is any other regex (a class, a quantifier, a group glued to letters).
 */
function literalAlternatives(body: string): string[] | null {
  if (/[\\[\]{}*+?.^$]/.test(body)) return null;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(' && i > 0 && !'(|'.includes(body[i - 1])) return null;
    if (body[i] === ')' && i < body.length - 1 && !')|'.includes(body[i + 1])) return null;
  }
  return body.replace(/[()]/g, '').split('|');
}
