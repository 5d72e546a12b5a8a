import type { Unit } from '../pattern';
import { CLAUSE_STOPS, typed, wordAt } from './rivals-clause';

/**
 * Openings of a list of rivals that name a kind of firm before the first name: "se mesure aux enseignes des
 * grands groupes, Carrefour City en tête, mais aussi à C" (the name apposed with "en tête" after the kind phrase).
 */

/** Plain words of a kind phrase before its apposed leader ("aux enseignes des grands groupes,"). */
const KIND_PHRASE_WORDS = 8;
/** Words after an apposed name that make it the head of the kind just named ("A en tête", "A in the lead"). */
const HEAD_OF_PACK: readonly (readonly string[])[] = [
  ['en', 'tête'],
  ['in', 'the', 'lead'],
  ['leading', 'the', 'pack'],
  ['à', 'leur', 'tête'],
];

function headOfPackAt(units: Unit[], i: number): boolean {
  return HEAD_OF_PACK.some((words) => words.every((w, n) => wordAt(units, i + n) === w));
}

/**
 * "aux enseignes des grands groupes, A en tête": the name apposed after a kind phrase of plain words when the
 * words after it place it at the head of that kind; its index, or -1 (`notRivals` words stop the phrase).
 */
export function headOfPackMember(units: Unit[], from: number, end: number, notRivals: RegExp): number {
  for (let k = from; k < end && k <= from + KIND_PHRASE_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent' || CLAUSE_STOPS.has(u.token.text)) return -1;
    if (u.token.text === ',') {
      const next = units[k + 1];
      const named = k > from && next?.kind === 'ent' && next.orgs && typed(units, k + 1);
      return named && headOfPackAt(units, k + 2) ? k + 1 : -1;
    }
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower || notRivals.test(u.token.lower)) return -1;
  }
  return -1;
}

/** Determiners opening a descriptor that stands for a rival the anaphor pass left unnamed ("la licorne"). */
const DESCRIPTOR_DETERMINER = /^(le|la|l'|les|the)$/u;
/** Particles of a rivalry trigger that a descriptor may follow ("face à la licorne", "against the incumbent"). */
const PARTICLE = /^(with|against|avec|contre|à)$/u;

/**
 * "la licorne", "à la licorne", "au leader": the list opens on a determined descriptor, after its particle if any,
 * so its first names may come after a connector ("Face à la licorne, mais aussi à B").
 */
export function opensDescriptor(units: Unit[], from: number): boolean {
  const w = wordAt(units, from) ?? '';
  if (/^(au|aux)$/u.test(w) || DESCRIPTOR_DETERMINER.test(w)) return true;
  return PARTICLE.test(w) && DESCRIPTOR_DETERMINER.test(wordAt(units, from + 1) ?? '');
}
