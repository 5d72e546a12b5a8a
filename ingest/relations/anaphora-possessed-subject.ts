import type { Unit } from './pattern';

/**
 * "Ferrowave's closest rival, Arcmelt, has had a harder year", "Le principal concurrent de Ferrowave, Arcmelt, a
 * connu …": the sentence's subject is the company apposed to the possessed noun, not its possessor, though the
 * possessor is named first. A pronoun or possessive of the next sentence ("Its co-founders …") takes up that
 * subject.
 */

/** Most lower-case words of the possessed noun phrase ("closest rival", "largest shareholder"). */
const MAX_NOUN_WORDS = 3;
const OF_FR = /^(de|du|d')$/;
const DETERMINER_FR = /^(le|la|l'|les|un|une)$/;

function isOrg(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.orgs && !u.persons && !u.anaphor;
}

function plainWord(u: Unit | undefined): boolean {
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;
}

/** The company apposed between commas right after `comma`, or -1 ("…, Arcmelt, …"). */
function apposedAt(units: Unit[], comma: number): number {
  const u = units[comma];
  if (u?.kind !== 'tok' || u.token.text !== ',') return -1;
  const end = units[comma + 2];
  return isOrg(units[comma + 1]) && end?.kind === 'tok' && end.token.text === ',' ? comma + 1 : -1;
}

/**
 * With the possessor company at unit `i` opening the sentence's subject, the index of the company apposed to the
 * possessed noun, or -1: English "X's NOUN, Y,", French "Le NOUN de X, Y,".
 */
export function apposedHeadOfPossessed(units: Unit[], i: number): number {
  if (!isOrg(units[i])) return -1;
  const next = units[i + 1];
  if (i === 0 && next?.kind === 'tok' && next.token.text === "'s") {
    let k = i + 2;
    while (k < units.length && k - i - 2 < MAX_NOUN_WORDS && plainWord(units[k])) k++;
    return k > i + 2 ? apposedAt(units, k) : -1;
  }
  const of = units[i - 1];
  if (of?.kind !== 'tok' || !OF_FR.test(of.token.lower)) return -1;
  const det = units[0];
  if (det?.kind !== 'tok' || !DETERMINER_FR.test(det.token.lower) || i - 2 > MAX_NOUN_WORDS) return -1;
  for (let k = 1; k < i - 1; k++) if (!plainWord(units[k])) return -1;
  return i - 1 > 1 ? apposedAt(units, i + 1) : -1;
}
