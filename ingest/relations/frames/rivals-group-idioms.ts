import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * Idioms of a contest the subjects fight among themselves, with no rival named after them: "A and B go head to head
 * in Spain", "A and B square off for customers", "A and B lock horns", "A et B jouent des coudes", "A et B croisent
 * le fer", "A, B et C se bousculent sur ce créneau". With "with/against/avec" after the idiom, the rivals follow it
 * and the contest reader reads them instead.
 */

/** Each idiom as the words it is made of, one regex per word, from its first word on. */
const IDIOMS: RegExp[][] = [
  [/^(go|goes|went|going|gone)$/u, /^head$/u, /^to$/u, /^head$/u],
  [/^(go|goes|went|going|gone)$/u, /^head-to-head$/u],
  [/^(square|squares|squared|squaring)$/u, /^off$/u],
  [/^(lock|locks|locked|locking)$/u, /^horns$/u],
  [/^(jouent|jouaient|jouant|joueront|jouer)$/u, /^des$/u, /^coudes$/u],
  [/^(croisent|croisaient|croiseront|croiser)$/u, /^le$/u, /^fer$/u],
  [/^(se|s')$/u, /^(bousculent|bousculaient|talonnent|talonnaient|neutralisent|tiraillent)$/u],
];

/** A particle after the idiom that names the rivals after it ("go head to head with C", "croisent le fer avec C"). */
const RIVAL_PARTICLE = /^(with|against|avec|contre|face)$/u;

/** A group idiom of contest starts at unit `k` and names no rival after it. */
export function groupIdiomAt(units: Unit[], k: number): boolean {
  for (const idiom of IDIOMS) {
    if (!idiom.every((re, n) => re.test(wordAt(units, k + n) ?? ''))) continue;
    return !RIVAL_PARTICLE.test(wordAt(units, k + idiom.length) ?? '');
  }
  return false;
}

/** First words of the idioms ("se" is the reciprocal pronoun the reader screens for already). */
export const GROUP_IDIOM_HEAD =
  /^(go|goes|went|going|gone|square|squares|squared|squaring|lock|locks|locked|locking|jouent|jouaient|jouant|joueront|jouer|croisent|croisaient|croiseront|croiser)$/u;
