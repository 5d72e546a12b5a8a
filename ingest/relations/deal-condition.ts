import type { Sentence } from '../sentences';
import { STATUS_CONFIDENCE_FACTOR } from '../modality';
import type { Captures, Unit } from './pattern';
import { MATCH_START } from './pattern';
import type { Rule } from './rule';
import type { DealValues } from './values';

/*
 * A deal told inside a condition has not been made: "plans to sell the divisions if it succeeds in acquiring the
 * company", "analysts said that if Dart buys Supermarkets General it would …", "if it had acquired the unit at the
 * beginning of 1986", "si Vinci rachète Eiffage, le groupe …". The condition is opened by "if"/"unless"/"si" and
 * is still open (no comma, colon or semicolon) where the deal's last party is named. A condition put on a deal
 * after it is told ("agreed to buy Y if shareholders approve") or closed before its clause ("If approved, the deal
 * would …") leaves the deal as told.
 */

/** Status of a deal nobody has made: scored as talk, not as a deal (GOLD-FORMAT). */
const CONDITIONAL_STATUS = 'rumoured';

const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);

/**
 * The condition's opening word, then no clause break up to the end of the text read. "even if", "même si" and
 * "as if" concede or compare rather than set a condition; French "si" is also "so" ("si bien que", "si peu").
 */
const OPEN_CONDITION =
  /(?<![\p{L}\p{N}'’])(?<!\beven\s)(?<!\bas\s)(?<!\bmême\s)(?:if|unless|si|s['’]ils?)\s+(?!bien\s|peu\s)[^,;:]*$/iu;

/** The deal verbs a condition is about: buying, selling, merging, taking over. */
const DEAL_VERB_IN_CONDITION =
  /(?<![\p{L}])(?:acquir\p{L}*|buy\p{L}*|bought|purchas\p{L}*|sell\p{L}*|sold|merg\p{L}*|take\p{L}*\s+over|took\s+over|rach[eè]t\p{L}*|acqui\p{L}*|reprend\p{L}*|repris\p{L}*|c[eè]d\p{L}*|fusionn\p{L}*)(?![\p{L}])/iu;

function unitEnd(u: Unit): number {
  return u.kind === 'tok' ? u.token.end : u.end;
}

/**
 * Whether the matched deal sits inside a condition: one still open at the last unit the rule matched (its parties
 * as matched, not later mentions of them), with a deal verb after its opening word.
 */
export function toldUnderCondition(rule: Rule, sentence: Sentence, units: Unit[], caps: Captures): boolean {
  if (!DEAL_TYPES.has(rule.type)) return false;
  const first = units[caps[MATCH_START]?.[0] ?? -1];
  if (!first) return false;
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  let end = unitEnd(first);
  for (const role of roles) {
    const at = caps[`#${role}`]?.[0];
    if (at !== undefined && units[at]) end = Math.max(end, unitEnd(units[at]));
  }
  const upToDeal = sentence.text.slice(0, end - sentence.start);
  const m = OPEN_CONDITION.exec(upToDeal);
  return m !== null && DEAL_VERB_IN_CONDITION.test(m[0]);
}

/** The deal's values, with the status of a deal nobody has made when it is told under a condition. */
export function asConditional(values: DealValues): DealValues {
  return { ...values, status: CONDITIONAL_STATUS, factor: STATUS_CONFIDENCE_FACTOR[CONDITIONAL_STATUS] };
}
