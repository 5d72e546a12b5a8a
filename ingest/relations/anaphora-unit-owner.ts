import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse-state';
import { salientOrg } from './discourse-state';
import { wordOrNullAt } from './frames/clause';
import { subjectOrgBefore } from './sentence-orgs';

/**
 * A group noun after a sentence about a company's unit stands for the unit's owner: "Fenwick's freight arm, Fenwick
 * Logistics, will take over … The group, which is chaired by P" / "Sa filiale logistique, Larzac Transports, a pris …
 * Le groupe est dirigé par P". A writer names a unit by its owner and a noun of dependence ("X's arm", "sa filiale"),
 * and calls the whole "the group" next; the unit, being the last subject, would otherwise take the group's head, its
 * founder or its deals. Only the group nouns are turned: "the company" or "it" after the unit may well be the unit.
 */

/** Nouns that make the name apposed to them a unit of the possessor before them (both languages). */
export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'unit',
  'arm',
  'subsidiary',
  'division',
  'affiliate',
  'filiale',
  'branche',
]);
/** Possessive determiners: "Its bakery unit, Golden Sheaf", "Sa filiale espagnole, X" (owner: the last subject). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'sa', 'son', 'leur']);
/** The genitive token between an owner's name and its unit noun ("Kestrel's German arm"). */
const GENITIVES: ReadonlySet<string> = new Set(["'s", '’s']);
/** Qualifiers the unit noun may carry before it: "German", "freight", "bakery", "de diagnostic" (in words). */
const MAX_QUALIFIER_WORDS = 2;
/** Nouns of the whole a group pointer names (the ones `groupSizedAntecedent` reads too). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'groupe', 'conglomerate', 'conglomérat']);

export function namedOrg(u: Unit | undefined): number | null {
  return u?.kind === 'ent' && u.orgs && !u.anaphor && u.ents.length === 1 ? u.ents[0] : null;
}

/**
 * The owner told before the unit noun at `noun`: the company before "'s", or for a possessive determiner the
 * subject the sentence before left (`subjectBefore`); null when neither stands within the qualifier words.
 */
function ownerBefore(units: Unit[], noun: number, subjectBefore: number | null): number | null {
  for (let k = noun - 1; k >= 0 && k >= noun - 1 - MAX_QUALIFIER_WORDS; k--) {
    const w = wordOrNullAt(units, k);
    if (w !== null && POSSESSIVE_DETERMINERS.has(w)) return subjectBefore;
    if (w !== null && GENITIVES.has(w)) {
      const owner = units[k - 1];
      return owner?.kind === 'ent' && owner.orgs && owner.ents.length === 1 ? owner.ents[0] : null;
    }
    if (w === null) return null;
  }
  return null;
}

/**
 * The company named after the unit noun at `noun`, past French qualifiers ("sa filiale espagnole, X") and a comma
 * ("Kestrel's German arm, Kestrel Lohn"; "its pumps unit Keller Pumps"), or null.
 */
function apposedName(units: Unit[], noun: number): number | null {
  let k = noun + 1;
  for (
    let words = 0;
    words < MAX_QUALIFIER_WORDS && wordOrNullAt(units, k) !== null && wordOrNullAt(units, k) !== ',';
    words++
  )
    k++;
  if (wordOrNullAt(units, k) === ',') k++;
  return namedOrg(units[k]);
}

/**
 * The company a possessive unit noun belongs to: the subject the sentence before left, or at a paragraph's opening
 * (where no subject carries over) the company the paragraph before was about, else the most salient one.
 */
function possessorBefore(state: DiscourseState): number | null {
  const subject = state.pronounOrg ?? state.lastSubjectOrg;
  if (subject !== null || state.paragraphSentences > 0) return subject;
  return state.previousParagraphSubject ?? salientOrg(state);
}

/**
 * Records each "OWNER's UNIT-NOUN, NAME" / "Sa filiale …, NAME" of a sentence's units as NAME's owner. To be called
 * before the sentence updates the state: the subject the previous sentence left owns a possessive's unit.
 */
export function recordUnitOwners(units: Unit[], state: DiscourseState): void {
  for (let i = 0; i < units.length; i++) {
    const w = wordOrNullAt(units, i);
    if (w === null || !UNIT_NOUNS.has(w)) continue;
    const unit = apposedName(units, i);
    if (unit === null) continue;
    const owner = ownerBefore(units, i, possessorBefore(state));
    if (owner !== null && owner !== unit) state.unitOwners.set(unit, owner);
  }
}

/** Lower-case words a folded unit cue may hold between its noun and the name ("sa filiale espagnole Z"). */
const MAX_FOLDED_QUALIFIERS = 2;

/** Tokens before token `at` are a possessive unit cue: "sa filiale Z", "its Canadian subsidiary Z". */
function possessiveUnitCueBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 1 - MAX_FOLDED_QUALIFIERS; k--) {
    const w = tokens[k].lower;
    if (UNIT_NOUNS.has(w)) return POSSESSIVE_DETERMINERS.has(tokens[k - 1].lower);
    // a qualifier is a plain word ("espagnole", "Canadian" in English is capitalised but no name: names are units)
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/**
 * "X a annoncé l'acquisition, par l'intermédiaire de sa filiale Z, de Y", "Via sa filiale Z, le groupe …": units.ts
 * folds the cue "sa filiale" into Z's unit, so `recordUnitOwners` never sees its noun. The possessive is the
 * sentence's own subject when one stands before Z, else the subject the sentence before left; a later "le groupe"
 * is then the owner, not the unit the last sentences were about. To be called before the sentence updates the state.
 */
export function recordFoldedUnitOwners(tokens: readonly Token[], units: Unit[], state: DiscourseState): void {
  // a sentence with no unit noun tells none: most sentences leave here
  if (!tokens.some((t) => UNIT_NOUNS.has(t.lower))) return;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const unit = namedOrg(u);
    if (unit === null || u.kind !== 'ent') continue;
    const at = tokens.findIndex((t) => t.start === u.start);
    if (at < 0 || !possessiveUnitCueBefore(tokens, at)) continue;
    const owner = subjectOrgBefore(units, k) ?? possessorBefore(state);
    if (owner !== null && owner !== unit) state.unitOwners.set(unit, owner);
  }
}

/**
 * The companies a pointer over tokens `from`..`to` stands for: when one of its words is a group noun, each company
 * told as another's unit gives way to its owner; else `ents` as they are.
 */
export function groupOwners(
  ents: number[],
  tokens: readonly Token[],
  from: number,
  to: number,
  state: DiscourseState,
): number[] {
  let group = false;
  for (let k = from; k <= to && !group; k++) group = GROUP_NOUNS.has(tokens[k]?.lower ?? '');
  return group ? ents.map((e) => state.unitOwners.get(e) ?? e) : ents;
}
