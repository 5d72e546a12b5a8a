import type { Token } from '../tokens';
import { aheadFound } from './pattern-ahead';
import { isAbbreviationDot } from './abbreviation-dot';
import { isNounCompoundA } from './noun-compound-a';
import { ownerPhraseEnd } from './owner-modifier';
import { hasAny, hasWordMatching, holdsRefused, wordsOf } from './sentence-words';
export { PatternSyntaxError } from './pattern-ahead';
import type { Opening, Pattern } from './pattern-compile';
export { compile } from './pattern-compile';
export type { Pattern } from './pattern-compile';
import { entFits, listRun } from './pattern-list-member';
import { describedOpeningMember } from './pattern-list-opening';
import { isObliqueConjunct } from './oblique-conjunct';
import { lastMatchStart } from './pattern-word-runs';
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

/** Entities per role; `#role` holds the index of the unit that filled the role (its first unit for a list). */
export type Captures = Record<string, number[]>;

/** The capture holding the index of the unit a match starts at. */
export const MATCH_START = '#';

/** Where role `name` was filled in the units, or -1. */
export function capturedAt(caps: Captures, name: string): number {
  return caps[`#${name}`]?.[0] ?? -1;
}

/** Whether a match may start at `u` (see `Pattern.opening`); it mirrors the first test `step` makes there. */
function mayOpenAt(o: Opening, u: Unit): boolean {
  if (o.t === 'any') return true;
  if (o.t === 'ent') return u.kind === 'ent';
  const word = u.kind === 'tok' ? u.token : u.word;
  return word !== undefined && o.re.test(word.lower);
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
    // "le fabricant de pompes à chaleur X": a trade noun built with "à" is one word; its "à" brings in no role
    if (isNounCompoundA(units, j)) {
      j += 2;
      k--;
      continue;
    }
    // "racheté par le propriétaire de la marque X, le groupe Y": the owner phrase is one word, the owner the party
    const owner = ownerPhraseEnd(units, j);
    if (owner > 0) {
      j = owner;
      continue;
    }
    j++;
    if (u?.kind === 'ent' && isModifier(units, j - 1, p.titledNamesArePartiesToo)) continue;
    // "…received approval from the Maine Bureau of Banking for its acquisition of…": an oblique name is stepped over
    // so is a later member of a list whose first member could not be a subject ("owned by A and B, said it …")
    if (
      !strict &&
      u?.kind === 'ent' &&
      (isOblique(units, j - 1) || isObliqueConjunct(units, j - 1, SUBJECT_BLOCKING))
    )
      continue;
    if (!u || u.kind !== 'tok' || (GAP_STOPS.has(u.token.text) && !isAbbreviationDot(units, j - 1)))
      return null;
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
  // "se disputent la troisième place : l'allemand A, le canadien B et C": the first member carries its descriptor too
  // only right after a word of the rule: after a gap the descriptor would stretch the gap's reach past its budget
  if (el.list && p.rivalLists && pi > 0 && p.elements[pi - 1].t !== 'gap' && units[ui]?.kind === 'tok') {
    const named = describedOpeningMember(units, ui, el.want);
    return named > ui ? entStep(p, units, pi, named, caps) : null;
  }
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
    (isOblique(units, ui, SUBJECT_BLOCKING) || isObliqueConjunct(units, ui, SUBJECT_BLOCKING)) &&
    !opensRelative(units, ui)
  )
    return null;
  // most tries stop at the very next word: refused before any capture is built
  if (!el.list && nextWordRefuses(p, pi, units, ui + 1)) return null;
  const { got, end, stops } = el.list
    ? listRun(units, ui, el.want, p.titledNamesArePartiesToo, p.memberAsides)
    : { got: [...u.ents], end: ui + 1, stops: [] };
  const r = step(p, units, pi + 1, end, { ...caps, [el.name]: got, [el.at]: [ui] });
  if (r) return r;
  for (let k = stops.length - 1; k >= 0; k--) {
    const shorter = got.slice(0, stops[k].count);
    const r2 = step(p, units, pi + 1, stops[k].end, { ...caps, [el.name]: shorter, [el.at]: [ui] });
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
  // no match starts past the latest place of the pattern's first run of words (pattern-word-runs.ts)
  const last = lastMatchStart(p.wordRuns, units);
  for (let i = 0; i <= last; i++) {
    if (!mayOpenAt(p.opening, units[i])) continue;
    const r = step(p, units, 0, i, {});
    if (r) out.push({ ...r.caps, [MATCH_START]: [i] });
  }
  return out;
}
