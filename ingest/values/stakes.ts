import { withoutKeptShares } from './kept-stake';
import { SPELLED_NUMBERS } from './number-words';
import { measuresOther } from './other-measure';

/** A share of a company's capital in percent, or 'majority' words mapped to a number when they give one. */
export interface Stake {
  percent: number | null;
  majority: boolean;
}

const PERCENT_RE =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty))\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)/giu;
/** Wire copy spells small percentages out ("a two pct stake"). */
const PERCENT_WORDS = SPELLED_NUMBERS;
const MAJORITY_RE =
  /(?<![\p{L}\p{N}])(majorit(?:y|aire|é du capital)|controlling|contrôle|control)(?![\p{L}\p{N}])/iu;
const MINORITY_RE = /(?<![\p{L}\p{N}])(minorit(?:y|aire))(?![\p{L}\p{N}])/iu;

/**
 * A holding moved from one figure to another ("de 34 % à 81 %", "to 62 per cent from 26 per cent"): the figure it
 * ends at is the holder's stake, the other only what it held before.
 */
const MOVED_TO_RE =
  /(?:(?:from|de)\s+\d{1,3}(?:[.,]\d+)?\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)\s+(?:to|à)\s+|(?<![\p{L}\p{N}])to\s+(?=\d{1,3}(?:[.,]\d+)?\s?(?:%|pct\b|per\s?cent\b)[^.;]{0,40}?\bfrom\s+\d))(\d{1,3}(?:[.,]\d+)?)\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)/iu;

/** The first percentage of the sentence that is a share of capital, not a market share or a change. */
function firstHolding(sentence: string): RegExpExecArray | null {
  for (const m of sentence.matchAll(PERCENT_RE)) {
    if (!measuresOther(sentence, m.index, m.index + m[0].length)) return m as RegExpExecArray;
  }
  return null;
}

/** The stake stated in a sentence, if any. */
export function findStake(told: string): Stake | null {
  const sentence = withoutKeptShares(told);
  const p = MOVED_TO_RE.exec(sentence) ?? firstHolding(sentence);
  const majority = MAJORITY_RE.test(sentence) && !MINORITY_RE.test(sentence);
  if (p) {
    const percent = PERCENT_WORDS[p[1].toLowerCase()] ?? Number(p[1].replace(',', '.'));
    if (percent > 0 && percent <= 100) return { percent, majority: majority || percent > 50 };
  }
  if (majority) return { percent: null, majority: true };
  if (MINORITY_RE.test(sentence)) return { percent: null, majority: false };
  return null;
}
