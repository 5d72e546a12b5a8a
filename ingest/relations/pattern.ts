import type { Token } from '../tokens';
import { aheadFound, parseAhead } from './pattern-ahead';
import { hasAny, hasWordMatching, holdsRefused, wordsOf } from './sentence-words';
import type { AheadElement } from './pattern-ahead';
export { PatternSyntaxError } from './pattern-ahead';
import { entFits, listRun } from './pattern-list-member';
import {
  appositionEnd,
  closingParen,
  GAP_STOPS,
  isModifier,
  isOblique,
  opensRelative,
  STRICT_GAP_STOPS,
  SUBJECT_BLOCKING,
} from './syntax';

/** A sentence as rule matching sees it: words, and entity mentions folded into single units. */
export type Unit =
  | { kind: 'tok'; token: Token }
  | {
      kind: 'ent';
      ents: number[];
      orgs: boolean;
      persons: boolean;
      anaphor: boolean;
      start: number;
      end: number;
      word?: Token;
    };

type Element =
  | { t: 'word'; re: RegExp; optional: boolean; body: string }
  | { t: 'gap'; max: number; strict: boolean; stop?: RegExp }
  | AheadElement
  | {
      t: 'ent';
      name: string;
      want: 'org' | 'person' | 'any';
      list: boolean;
      owner?: boolean;
      /** "?@x": the name may be missing ("who remains [its] chief executive"). */
      optional?: boolean;
    };

/** Entities per role; `#role` holds the index of the unit that filled the role (its first unit for a list). */
export type Captures = Record<string, number[]>;

/** The capture holding the index of the unit a match starts at. */
export const MATCH_START = '#';

/** Where role `name` was filled in the units, or -1. */
export function capturedAt(caps: Captures, name: string): number {
  return caps[`#${name}`]?.[0] ?? -1;
}

export interface Pattern {
  source: string;
  elements: Element[];
  /** Regexes of the words every match needs: a sentence lacking one is skipped without matching. */
  required: RegExp[];
  /** The same as plain word lists when the regex is only an alternation of words (null when it is not). */
  requiredWords: (string[] | null)[];
  /** People rules read "Acme chief executive P" as a fact, deal rules as a name that only qualifies P. */
  titledNamesArePartiesToo: boolean;
  /** "!!w": a sentence holding such a word anywhere is not read by the rule (a match report, a stamp series). */
  refused: RegExp[];
  /**
   * What the unit a match starts at must be, from the first element when it consumes a unit and is not optional:
   * a match is only tried from such units (the others would fail on the first element anyway).
   */
  opening: Opening;
}

/** The unit a match can open on: an entity, a word the regex accepts, or any unit (no such first element). */
type Opening = { t: 'ent' } | { t: 'word'; re: RegExp } | { t: 'any' };

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
export function compile(source: string, titledNamesArePartiesToo = false): Pattern {
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
      if (part.startsWith('@!'))
        return { t: 'ent', name: part.slice(2), want: 'org', list: false, owner: true };
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
    required,
    requiredWords,
    refused,
    opening: openingOf(elements),
  };
}

function openingOf(elements: Element[]): Opening {
  const first = elements[0];
  if (first?.t === 'ent' && !first.optional) return { t: 'ent' };
  if (first?.t === 'word' && !first.optional) return { t: 'word', re: first.re };
  return { t: 'any' };
}

/** Whether a match may start at `u` (see `Pattern.opening`); it mirrors the first test `step` makes there. */
function mayOpenAt(o: Opening, u: Unit): boolean {
  if (o.t === 'any') return true;
  if (o.t === 'ent') return u.kind === 'ent';
  const word = u.kind === 'tok' ? u.token : u.word;
  return word !== undefined && o.re.test(word.lower);
}

/** An entity element ("@x", "@@x", "%x", "%%x", "*x", "**x"), or null when `part` is no entity. */
function parseEntity(part: string): Element | null {
  if (part.startsWith('@@')) return { t: 'ent', name: part.slice(2), want: 'org', list: true };
  if (part.startsWith('@')) return { t: 'ent', name: part.slice(1), want: 'org', list: false };
  if (part.startsWith('%%')) return { t: 'ent', name: part.slice(2), want: 'person', list: true };
  if (part.startsWith('%')) return { t: 'ent', name: part.slice(1), want: 'person', list: false };
  if (part.startsWith('**')) return { t: 'ent', name: part.slice(2), want: 'any', list: true };
  if (part.startsWith('*')) return { t: 'ent', name: part.slice(1), want: 'any', list: false };
  return null;
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

/** Skips up to `budget` plain units before matching the rest of the pattern. */
function gap(
  p: Pattern,
  units: Unit[],
  pi: number,
  from: number,
  budget: number,
  strict: boolean,
  caps: Captures,
  stop?: RegExp,
): Match | null {
  let j = from;
  for (let k = 0; k <= budget; k++) {
    const r = step(p, units, pi + 1, j, caps);
    if (r) return r;
    const u = units[j];
    if (u?.kind === 'tok' && (u.token.text === '(' || u.token.text === ',')) {
      // a loose gap may step over a bracket or a whole apposition: "Corvana, the San Francisco-based company, has…"
      const close = u.token.text === '(' ? closingParen(units, j) : appositionEnd(units, j);
      if (close > 0) {
        // a strict gap steps over the closing comma too, which it could not cross on its own
        const resume = u.token.text === '(' || strict ? close + 1 : close;
        const r2 = gap(p, units, pi, resume, budget - k, strict, caps, stop);
        if (r2) return r2;
      }
    }
    // "~10^(il|elle)": the gap may not cross such a word (a new subject: "X … il s'incline face à Y")
    if (stop && u?.kind === 'tok' && stop.test(u.token.lower)) return null;
    j++;
    if (u?.kind === 'ent' && isModifier(units, j - 1, p.titledNamesArePartiesToo)) continue;
    // "…received approval from the Maine Bureau of Banking for its acquisition of…": an oblique name is stepped over
    if (!strict && u?.kind === 'ent' && isOblique(units, j - 1)) continue;
    if (!u || u.kind !== 'tok' || GAP_STOPS.has(u.token.text)) return null;
    if (strict && STRICT_GAP_STOPS.has(u.token.lower)) return null;
  }
  return null;
}

type Match = { end: number; caps: Captures };

function step(p: Pattern, units: Unit[], pi: number, ui: number, caps: Captures): Match | null {
  if (pi === p.elements.length) return { end: ui, caps };
  const el = p.elements[pi];
  if (el.t === 'word') {
    const u = units[ui];
    // a lone capitalised word the text never typed may still be a plain word ("Fondée en 2012 par …")
    const word = u?.kind === 'tok' ? u.token : u?.word;
    if (word && el.re.test(word.lower)) {
      const r = step(p, units, pi + 1, ui + 1, caps);
      if (r) return r;
    }
    return el.optional ? step(p, units, pi + 1, ui, caps) : null;
  }
  if (el.t === 'gap') return gap(p, units, pi, ui, el.max, el.strict, caps, el.stop);
  if (el.t === 'ahead')
    return aheadFound(el, units, ui) === el.refuse ? null : step(p, units, pi + 1, ui, caps);
  if (el.optional) return entStep(p, units, pi, ui, caps) ?? step(p, units, pi + 1, ui, caps);
  return entStep(p, units, pi, ui, caps);
}

/** The rule itself reads the possessive after this party ("@a 's ~2! rival @b"). */
function wantsPossessive(p: Pattern, pi: number): boolean {
  const next = p.elements[pi + 1];
  return next?.t === 'word' && next.re.test("'s");
}

function entStep(p: Pattern, units: Unit[], pi: number, ui: number, caps: Captures): Match | null {
  const el = p.elements[pi];
  if (el.t !== 'ent') return null;
  const u = units[ui];
  const next = units[ui + 1];
  // "founded by Rantanen's father, Pekka Rantanen": a person's possessive names someone else
  if (el.want === 'person' && next?.kind === 'tok' && next.token.lower === "'s") return null;
  if (
    !u ||
    u.kind !== 'ent' ||
    !entFits(u, el.want) ||
    (!el.owner && isModifier(units, ui, p.titledNamesArePartiesToo, wantsPossessive(p, pi)))
  )
    return null;
  // a rule's opening party is a subject, and a subject does not follow a preposition
  if (
    pi === 0 &&
    !p.titledNamesArePartiesToo &&
    isOblique(units, ui, SUBJECT_BLOCKING) &&
    !opensRelative(units, ui)
  )
    return null;
  // most tries stop at the very next word: refused before any capture is built
  if (!el.list && nextWordRefuses(p, pi, units, ui + 1)) return null;
  const { got, end, stops } = el.list
    ? listRun(units, ui, el.want, p.titledNamesArePartiesToo)
    : { got: [...u.ents], end: ui + 1, stops: [] };
  const r = step(p, units, pi + 1, end, { ...caps, [el.name]: got, [`#${el.name}`]: [ui] });
  if (r) return r;
  for (let k = stops.length - 1; k >= 0; k--) {
    const shorter = got.slice(0, stops[k].count);
    const r2 = step(p, units, pi + 1, stops[k].end, { ...caps, [el.name]: shorter, [`#${el.name}`]: [ui] });
    if (r2) return r2;
  }
  return null;
}

/** The element after `pi` is a required word that the unit at `ui` is not: `step` would fail there at once. */
function nextWordRefuses(p: Pattern, pi: number, units: Unit[], ui: number): boolean {
  const next = p.elements[pi + 1];
  if (next?.t !== 'word' || next.optional) return false;
  const u = units[ui];
  const word = u?.kind === 'tok' ? u.token : u?.word;
  return !(word && next.re.test(word.lower));
}

/** Every match of the pattern in the units (leftmost at each start position). */
export function matchAll(p: Pattern, units: Unit[]): Captures[] {
  const words = wordsOf(units);
  for (const literal of p.requiredWords) if (literal !== null && !hasAny(words, literal)) return [];
  return matchScreened(p, units);
}

/**
 * `matchAll` for a sentence already known to hold a word of each plain needed-word list (rule-screen.ts): the
 * needed words given as real regexes are still tested here.
 */
export function matchScreened(p: Pattern, units: Unit[]): Captures[] {
  const out: Captures[] = [];
  const words = wordsOf(units);
  for (let k = 0; k < p.required.length; k++)
    if (p.requiredWords[k] === null && !hasWordMatching(units, words, p.required[k])) return out;
  for (const re of p.refused) if (holdsRefused(units, re)) return out;
  for (let i = 0; i < units.length; i++) {
    if (!mayOpenAt(p.opening, units[i])) continue;
    const r = step(p, units, 0, i, {});
    if (r) out.push({ ...r.caps, [MATCH_START]: [i] });
  }
  return out;
}
