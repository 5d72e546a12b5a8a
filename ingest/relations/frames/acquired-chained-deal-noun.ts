import type { Unit } from '../pattern';
import { isOrgAt, wordAt } from './clause';

/**
 * A buyer's history told as deal nouns in a row: "après le rachat en 2023 de A et la prise de contrôle, l'an
 * dernier, de la marque B", "avec la reprise de A, puis l'absorption, l'an dernier, de son concurrent B", "the
 * purchase of A in 2021 and the takeover of B in 2024". The later noun repeats the deal without its buyer, so it
 * is the first deal's buyer's too; a time phrase between the noun and its "de/of" (", l'an dernier,") and a
 * possessive or a descriptor before the name ("de son concurrent B", "du néerlandais B") are stepped over. Read
 * where acquired-chains.ts reads the objects chained after a first purchase.
 */

/** Deal nouns a chained member may repeat; "prise" needs "de contrôle" after it. */
const DEAL_NOUNS = /^(rachat|reprise|acquisition|absorption|prise|purchase|takeover|buyout)$/;
const CONTROL_PHRASE = ['de', 'contrôle'];
const DETERMINERS = /^(le|la|l'|the)$/;
const OF = /^(de|du|d'|des|of)$/;
/** "du/des/d'" hold their article; after "de/of" an article or a possessive may come before the descriptor. */
const NAME_OPENERS = /^(le|la|l'|les|the|son|sa|ses|leur|its|their)$/;
/** Words of a time phrase set between the noun and its complement ("en 2024", ", l'an dernier,", "last year"). */
const TIME_WORDS =
  /^(,|en|in|l'|an|année|dernier|dernière|suivante|précédent|précédente|last|this|that|year|early|late|début|fin|mi|the|following)$/;
/** Most units of such a time phrase. */
const MAX_TIME_UNITS = 6;
/** Most lower-case descriptor words before the name ("la marque de crêpes B": three). */
const MAX_DESCRIPTOR_WORDS = 4;
/** Prepositions a descriptor may hold ("l'éditeur de logiciels B"). */
const DESCRIPTOR_PREPOSITIONS = /^(de|du|d'|des|of)$/;

/** A unit that is a number or a word of a time phrase. */
function isTimeUnit(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'tok' && (u.token.kind === 'number' || TIME_WORDS.test(u.token.lower));
}

/** The unit after "prise de contrôle" / a one-word deal noun opening at `k`, or -1. */
function afterDealNoun(units: Unit[], k: number): number {
  const noun = wordAt(units, k);
  if (!DEAL_NOUNS.test(noun)) return -1;
  if (noun !== 'prise') return k + 1;
  return CONTROL_PHRASE.every((w, i) => wordAt(units, k + 1 + i) === w) ? k + 1 + CONTROL_PHRASE.length : -1;
}

/**
 * When unit `at` opens "(la|the) <deal noun> [time] de|of [article|possessive] [descriptor] <company>", the index
 * of that company, else -1.
 */
export function chainedDealNounObject(units: Unit[], at: number): number {
  if (!DETERMINERS.test(wordAt(units, at))) return -1;
  let k = afterDealNoun(units, at + 1);
  if (k < 0) return -1;
  for (let n = 0; n < MAX_TIME_UNITS && !OF.test(wordAt(units, k)) && isTimeUnit(units, k); n++) k++;
  if (!OF.test(wordAt(units, k))) return -1;
  k++;
  if (NAME_OPENERS.test(wordAt(units, k))) k++;
  for (let words = 0; words < MAX_DESCRIPTOR_WORDS && !isOrgAt(units, k); words++, k++) {
    const u = units[k];
    if (u?.kind !== 'tok' || u.token.kind !== 'word') return -1;
    if (!/^\p{Ll}/u.test(u.token.text) && !DESCRIPTOR_PREPOSITIONS.test(u.token.lower)) return -1;
  }
  return isOrgAt(units, k) ? k : -1;
}
