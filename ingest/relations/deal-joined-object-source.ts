import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * "It bought Harrow Box in January and in March completed the acquisition of Veldkamp", "Il a racheté A en mai et a
 * finalisé en juillet l'acquisition de B": a second verb joined by "and/et" shares the first verb's subject. A
 * loose gap from a name to the deal noun reaches the first verb's object as well, which then reads as the buyer.
 * A name that is the object of a deal verb before it, with the joiner between it and the deal word, is no buyer:
 * the subject before the first verb is (the frame readers take it).
 */

/** Verbs whose object a name right after them (past its descriptor) is. */
const OBJECT_VERB =
  /^(bought|acquired|purchased|sold|took|absorbed|snapped|racheté|rachète|acquis|acquiert|repris|reprend|cédé|cède|vendu|absorbé|avalé)$/;
/** Joiners of a second verb to the first. */
const JOINER = /^(and|et|puis|then)$/;
const PREPOSITIONS = new Set([
  'to',
  'from',
  'by',
  'with',
  'of',
  'for',
  'in',
  'à',
  'au',
  'de',
  'du',
  'des',
  'par',
  'avec',
  'pour',
  'en',
]);
/** Most lower-case words of a descriptor between the verb and the name ("Essex packaging firm", "le lyonnais"). */
const MAX_DESCRIPTOR_WORDS = 4;

function wordAt(units: Unit[], i: number): string {
  const u = units[i];
  if (u?.kind === 'tok') return u.token.lower;
  return u?.word?.lower ?? '';
}

/** The name at `a` follows a verb of the clause as its object, past at most a short descriptor. */
function objectOfVerb(units: Unit[], a: number): boolean {
  for (let k = a - 1, words = 0; k >= 0 && words <= MAX_DESCRIPTOR_WORDS; k--, words++) {
    const u = units[k];
    if (u.kind !== 'tok' || u.token.kind === 'punct') return false;
    if (OBJECT_VERB.test(u.token.lower)) return true;
    // a preposition makes the name its object ("sold to X"), not the verb's
    if (PREPOSITIONS.has(u.token.lower)) return false;
  }
  return false;
}

/** Refuses a buyer read as the first verb's object across a joiner to the deal word. */
export function sourceIsJoinedObject(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'ACQUIRED' || rule.read || !rule.source || !rule.target) return false;
  const a = capturedAt(caps, rule.source);
  const t = capturedAt(caps, rule.target);
  if (a < 0 || t <= a || !objectOfVerb(units, a)) return false;
  for (let k = a + 1; k < t; k++) if (JOINER.test(wordAt(units, k))) return true;
  return false;
}
