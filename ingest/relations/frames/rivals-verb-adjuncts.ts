import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import { objectAfterSetting } from './rivals-setting-object';

/**
 * "A affronte aujourd'hui sur les marchés export le norvégien B", "A affronte depuis deux ans, sur le segment des
 * maisons individuelles, les deux poids lourds du secteur, B et C", "A trails now in Europe the Swiss group B": a
 * transitive verb of rivalry may carry a time adverb, or a time phrase, before the market it sets, and the market
 * may stand between commas. Journalists put these adjuncts between the verb and its object, so the object may lie
 * far after the verb; reading only a fixed number of words after the verb misses it. The adjuncts are stepped over
 * first, then the setting phrase is read as `objectAfterSetting` reads it.
 */

/** Adverbs of time or degree that may follow the verb before its setting. */
const ADVERB =
  /^(aujourd'hui|désormais|déjà|également|aussi|notamment|surtout|principalement|essentiellement|encore|toujours|maintenant|directement|frontalement|now|today|already|also|still|directly|increasingly|mainly)$/u;
/** Prepositions opening a time phrase ("depuis deux ans", "since 2019", "for years"). */
const TIME_OPENER = /^(depuis|since|for)$/u;
/** Words of a time phrase after its opener: a count, a unit of time, a year, "longtemps". */
const TIME_WORD =
  /^(\p{N}+|deux|trois|quatre|cinq|six|dix|plusieurs|quelques|des|de|un|une|the|a|two|three|four|five|several|many|ans|années|mois|décennies|longtemps|years|months|decades|past|last)$/u;
/** Most words of a time phrase after its opener ("depuis plusieurs années", "for the past two years"). */
const TIME_PHRASE_WORDS = 4;
/** Most adjunct words stepped over before the setting (an adverb and a time phrase). */
const ADJUNCT_WORDS = 6;
/** Words opening a market or place set between commas. */
const SETTING = /^(sur|dans|en|in|on|across|throughout)$/u;
/** Most units of a setting between commas ("sur le segment très disputé des maisons individuelles du sud de la France"). */
const ENCLOSED_SETTING_UNITS = 16;
/** Words that end the setting: another clause, or a role of someone else, opens there. */
const NOT_SETTING =
  /^([;:.!?«»"“”()]|et|and|but|mais|which|who|that|qui|que|dont|où|where|while|tandis|avec|with|against|contre|par|by|pour|for)$/u;

/** The unit after the adverbs and time phrase following a verb at `from`, or `from` when there are none. */
export function afterAdjuncts(units: Unit[], from: number): number {
  let k = from;
  while (k < units.length && k - from < ADJUNCT_WORDS) {
    const w = wordAt(units, k);
    if (w === null) break;
    if (ADVERB.test(w)) {
      k++;
      continue;
    }
    if (!TIME_OPENER.test(w)) break;
    let j = k + 1;
    while (j < units.length && j - k <= TIME_PHRASE_WORDS && TIME_WORD.test(wordAt(units, j) ?? '')) j++;
    // "for" alone opens a purpose or a beneficiary ("for the contract"), only a unit of time makes it a time phrase
    if (
      !/^(ans|années|mois|décennies|longtemps|years|months|decades|\p{N}{4})$/u.test(
        wordAt(units, j - 1) ?? '',
      )
    )
      break;
    k = j;
  }
  return k;
}

/** The comma closing a setting that opens right after the comma at `comma`, or -1. */
function enclosedSettingEnd(units: Unit[], comma: number): number {
  if (wordAt(units, comma) !== ',' || !SETTING.test(wordAt(units, comma + 1) ?? '')) return -1;
  for (let k = comma + 2; k < units.length && k <= comma + 1 + ENCLOSED_SETTING_UNITS; k++) {
    const u = units[k];
    // a company in the setting would be the object or another party: only places and markets stand there
    if (u.kind === 'ent') {
      if (u.orgs) return -1;
      continue;
    }
    const w = wordAt(units, k);
    // "dans des villes comme Lyon et Lille", "in Manchester and Leeds": places joined inside the setting
    if (w !== null && JOINS.test(w) && placeAfter(units, k + 1)) continue;
    if (w === null || NOT_SETTING.test(w)) return -1;
    if (w === ',') return k;
  }
  return -1;
}

/** Conjunctions that may join two places of one setting. */
const JOINS = /^(et|and)$/u;
/** Prepositions a setting may repeat before its second place ("à Lyon et à Lille", "in Leeds and in York"). */
const PLACE_PREPOSITION = /^(à|au|aux|en|dans|in|at)$/u;

/**
 * A place stands at `k`, possibly after its preposition said again: a capitalised word no entity took, or a name
 * that is no company.
 */
function placeAfter(units: Unit[], k: number): boolean {
  const at = PLACE_PREPOSITION.test(wordAt(units, k) ?? '') ? k + 1 : k;
  const u = units[at];
  if (u?.kind === 'ent') return !u.orgs;
  return u?.kind === 'tok' && u.token.kind === 'word' && u.token.text !== u.token.lower;
}

/**
 * Where the object of a transitive rivalry verb may start when adjuncts stand between the verb (ending at `from`)
 * and its setting phrase: after the setting, or after the comma closing it. -1 when there are no adjuncts to step
 * over, or no setting after them (the verb's own few lead words then apply).
 */
export function objectAfterAdjuncts(units: Unit[], from: number): number {
  const k = afterAdjuncts(units, from);
  const comma = wordAt(units, k) === ',' ? k : -1;
  if (comma >= 0) {
    const close = enclosedSettingEnd(units, comma);
    return close >= 0 ? close + 1 : -1;
  }
  return k > from ? objectAfterSetting(units, k) : -1;
}
