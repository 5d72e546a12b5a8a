import type { Unit } from '../pattern';
import { appositionEnd } from '../syntax';
import { wordAt } from './clause';

/**
 * Whether the sentence's first name took a share of the money itself, so it is a fellow investor of the takers of
 * the rest, not the company they fund: "Legal & General took £8m of the shares, with the remainder going to B",
 * "The Scottish National Investment Bank, which led the round, took £8 million …", "Le fonds A, géré par
 * Bpifrance, apporte 8 M€, le solde étant versé par B". A company placing or raising the money ("Kelnor is placing
 * £90m of notes …: A and B are taking £30m each, with the remainder going to C") stays their company.
 */

/** Verbs of taking or holding a share of the money or the capital, both languages. */
const TAKES_SHARE =
  /^(took|take|takes|taking|subscribed|subscribes|put|puts|putting|provided|provides|providing|contributed|contributes|invested|invests|investing|owns|own|holds|hold|held|apporte|apportent|apportera|apporté|souscrit|souscrivent|investit|investissent|détient|détiennent|détenait|conserve|conservent|garde|gardent|possède|possèdent|prend|prennent|pris)$/;
/** Auxiliaries and adverbs between the subject and its verb ("has also", "a déjà"). */
const BEFORE_VERB =
  /^(is|are|was|were|has|have|had|will|would|also|already|still|a|ont|avait|avaient|va|vont|aussi|également|déjà|en)$/;
/** Most auxiliaries and adverbs stepped over. */
const MAX_BEFORE_VERB = 3;

/** Whether the first name before `end` is the subject of a verb of taking a share. */
export function subjectTakesShare(units: Unit[], end: number): boolean {
  const i = units.findIndex((u) => u.kind === 'ent');
  if (i < 0 || i >= end) return false;
  let k = i + 1;
  // "A, which led the round, took …", "le fonds A, géré par Bpifrance, apporte …": the subject's aside
  const close = wordAt(units, k) === ',' ? appositionEnd(units, k) : -1;
  if (close > 0) k = close + 1;
  for (let n = 0; n < MAX_BEFORE_VERB && BEFORE_VERB.test(wordAt(units, k)); n++) k++;
  return k < end && TAKES_SHARE.test(wordAt(units, k));
}
