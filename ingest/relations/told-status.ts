import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import type { DealValues } from './values';
import { asDenied } from './clause-guards';
import { asConditional, toldUnderCondition } from './deal-condition';
import { withoutOtherDealCues } from './deal-other-deal-cues';

/**
 * The status a deal reading keeps from its sentence, strongest first: a denial of this very match; a condition the
 * deal is told under ("if it succeeds in acquiring the company"); otherwise the cues of the sentence, less those that
 * belong to another deal told in a clause of its own ("B agreed to buy V, while H abandoned a bid for N").
 */
export function toldStatus(
  told: DealValues,
  denied: boolean,
  rule: Rule,
  sentence: Sentence,
  units: Unit[],
  caps: Captures,
): DealValues {
  if (denied) return asDenied(told);
  if (toldUnderCondition(rule, sentence, units, caps)) return asConditional(told);
  return withoutOtherDealCues(told, sentence, units, [
    capturedAt(caps, rule.source ?? ''),
    capturedAt(caps, rule.target ?? ''),
  ]);
}
