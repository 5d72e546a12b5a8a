import type { Unit } from '../pattern';
import { isTok } from './funded-clause';

/**
 * Where the agent of a participle telling who took up a company's new paper begins: "souscrites en totalité par
 * A", "subscribed mainly by A", "bought largely by A", "placed mainly with A", "placées auprès de A". The press
 * puts a word or two of measure between the participle and its agent ("en totalité", "in full", "pour moitié",
 * "mainly") or its year ("en 2024", "in 2023"): they say how much or when, never who took it, so the agent is read
 * past them.
 */

/** One-word adverbs of measure or addition before the agent. */
const ADVERB =
  /^(également|aussi|notamment|intégralement|entièrement|majoritairement|principalement|essentiellement|surtout|largement|exclusivement|conjointement|also|fully|entirely|mainly|mostly|largely|primarily|chiefly|principally|predominantly|exclusively|jointly|heavily|overwhelmingly|wholly)$/;
/** Two-word phrases of measure, as (first word, second word): "en totalité", "in full", "pour moitié". */
const PHRASE_FIRST = /^(en|in|pour)$/;
const PHRASE_SECOND = /^(totalité|intégralité|majorité|partie|moitié|full|part|large|l'essentiel)$/;
/** A year after "en" / "in" ("souscrites en 2024 par A"). */
const YEAR = /^(19|20)\d\d$/;
/** Most measure words or phrases read past before giving up ("également en totalité par"). */
const MAX_MEASURES = 3;

/** Agent words by kind of participle: subscribing and buying take "par/by"; placing also takes "with/auprès de". */
const BY = /^(par|by)$/;
const WITH = /^(with|auprès)$/;
const AUPRES = /^auprès$/;
const DE = /^(de|du|des|d')$/;
/** Participles of placing paper, which name their takers after "with" or "auprès de". */
const PLACED = /^(placed|placées|placés|placée|placé)$/;

/** The unit after the measure words following the participle at `t`. */
function pastMeasures(units: Unit[], t: number): number {
  let a = t + 1;
  for (let n = 0; n < MAX_MEASURES; n++) {
    if (isTok(units, a, ADVERB)) a++;
    else if (isTok(units, a, PHRASE_FIRST) && isTok(units, a + 1, PHRASE_SECOND)) a += 2;
    else if (isTok(units, a, PHRASE_FIRST) && isTok(units, a + 1, YEAR)) a += 2;
    else break;
  }
  return a;
}

/**
 * The index of the agent word ("par", "by", "with", the "de" of "auprès de") of the participle at `t`, past
 * measure words, or -1 when none stands there. `up` readings ("taken up by") are read past their particle.
 */
export function takerAgentAt(units: Unit[], t: number): number {
  let p = t;
  if (isTok(units, p + 1, /^up$/)) p++;
  const a = pastMeasures(units, p);
  if (isTok(units, a, BY)) return a;
  if (!isTok(units, t, PLACED) || !isTok(units, a, WITH)) return -1;
  if (!isTok(units, a, AUPRES)) return a;
  return isTok(units, a + 1, DE) ? a + 1 : -1;
}
