import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { before } from './rivals-trigger-lookups';
import { inCourt } from './rivals-fronted-subject';
import { orgNamedAt } from './rivals-place-possessive';

/**
 * The English verb "face" with a company as its direct object ("where it will face Rome-based A and B", "faces
 * A and B in Italy", "is facing local leader A"): the subject meets those firms on a market. The French "face à"
 * is read by the position triggers. A charge, a lawsuit, a fine, a question or competition "from" someone is no
 * direct object (the words before the name say so), and a face-off in court is a lawsuit.
 */

const FACE_VERB = /^(face|faces|faced|facing)$/u;
/** The noun "face" ("in the face of", "its public face"), not the verb. */
const NOUN_BEFORE = /^(the|a|its|their|his|her|of|in|public|new|brave)$/u;
/** Words before the name that make it no rival: what is faced is a claim or a measure of someone. */
const NOT_RIVAL =
  /^(a|an|charges?|lawsuits?|suits?|claims?|fines?|questions?|scrutiny|pressure|investigations?|probes?|opposition|demands?|criticism|calls?|sanctions?|penalties|penalty|action|actions|bids?|offers?|headwinds|delays?|costs?|losses|shortages|resistance|challenges?|competition|deadline|vote|shareholders?|regulators?|customers?|clients?|unions?)$/u;
/**
 * A preposition before the name: the name is no object of "face" ("is facing uproar in Congress"); the French
 * "face aux exigences de A" is read, or refused, by the position triggers.
 */
const PREPOSITION =
  /^(in|from|of|at|over|with|by|on|for|to|into|within|among|à|au|aux|de|du|des|d'|par|sur|en|avec)$/u;
/** Plain words that may stand before the first rival ("local leader A", "the Italian arm of A" is too long). */
const FACE_LEAD_WORDS = 3;
/** "does not face", "won't face": a denied contest. */
const NEGATION = /^(not|never|no|don't|doesn't|didn't|won't|cannot|can't|unlikely)$/u;

function faceAt(units: Unit[], i: number): number {
  const w = wordAt(units, i);
  if (w === null || !FACE_VERB.test(w)) return -1;
  if (NOUN_BEFORE.test(wordAt(units, i - 1) ?? '') || before(units, i, 2, NEGATION)) return -1;
  for (let k = i + 1; k < units.length && k <= i + 1 + FACE_LEAD_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && !inCourt(units, i) ? i + 1 : -1;
    // "affronte Germany's B" is rare in French, "faces Italy's A" is not: the place's words lead to the name
    if (orgNamedAt(units, k)) return !inCourt(units, i) ? i + 1 : -1;
    const x = wordAt(units, k);
    if (x === null || NOT_RIVAL.test(x) || PREPOSITION.test(x) || !/^\p{Ll}[\p{L}-]*$/u.test(x)) return -1;
  }
  return -1;
}

export const FACE_VERB_TRIGGERS: RivalTrigger[] = [
  { name: 'face-verb', head: FACE_VERB, lead: FACE_LEAD_WORDS, at: faceAt },
];
