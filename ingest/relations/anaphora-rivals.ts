import type { Unit } from './pattern';
import { RIVAL_NOUNS } from './anaphor-words';

/**
 * A company the article introduces as another's rival ("Its best-known rival, New York-based X", "Orbitane competes
 * with Virginia-based X") is a bystander to the story: a later paragraph about the rival's own deal names it two or
 * three times, yet "The company" or "It" opening the paragraph after is still the company the article is about.
 * Such rivals are kept here and weigh as side parties in the salience (discourse.ts).
 */

/** Verbs of rivalry whose object is the rival ("competes with X", "affronte X"). */
const RIVAL_VERBS = new Set([
  'competes',
  'compete',
  'competing',
  'affronte',
  'affrontent',
  'concurrence',
  'concurrencent',
]);
/** Rank words among the rival nouns: "le leader X", "numéro deux X" are no rivals of anyone in particular. */
const NOT_RIVAL_CUES = new Set(['leader', 'leaders', 'numéro']);
/** Most units between the cue and the rival's name ("rival, New York-based X", "competes with the Italian X"). */
const MAX_CUE_DISTANCE_UNITS = 4;

function isRivalCue(u: Unit): boolean {
  if (u.kind !== 'tok') return false;
  const w = u.token.lower;
  return (RIVAL_NOUNS.has(w) && !NOT_RIVAL_CUES.has(w)) || RIVAL_VERBS.has(w);
}

/**
 * The companies this sentence names as rivals of a party named or pointed at before the cue ("Its rival, X", "A
 * competes with X"): the cue must follow a company, so "Ledgerly rival Paycove raised …" (the sentence's own subject
 * after a modifier) is read too, but a name opening a sentence is never a rival.
 */
export function rivalsNamedIn(units: Unit[]): number[] {
  const rivals: number[] = [];
  let companyBefore = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent') continue;
    if (companyBefore && !u.anaphor && u.orgs && cueBefore(units, i)) rivals.push(...u.ents);
    if (u.orgs) companyBefore = true;
  }
  return rivals;
}

function cueBefore(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MAX_CUE_DISTANCE_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return false;
    if (isRivalCue(u)) return true;
  }
  return false;
}
