import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * A deal someone only thinks well of is no deal made: "Danforth said he continues to see value in a merger
 * between A and B", "analysts argue for a takeover of Y", "X would welcome a tie-up with Y", "il plaide pour une
 * fusion avec Y", "serait favorable à un rachat de Y", "voit un intérêt à un rapprochement". The fact is talked
 * about, like a rumour. A board or shareholders that approve or back a deal agreed are not read here: that is
 * the deal going ahead.
 */
const OPINION = String.raw`(?:(?:see|sees|saw|seeing|sees\s+no|find|finds)\s+(?:\p{L}+\s+)?(?:value|merit|merits|sense|logic|benefits?|advantages?|synergies)\s+in|argue[sd]?\s+for|arguing\s+for|urge[sd]?|urging|advocate[sd]?|advocating|would\s+(?:welcome|favou?r|support|consider|like)|plaide(?:nt|r|rait)?\s+pour|(?:est|sont|serait|seraient|se\s+dit|se\s+disent)\s+favorables?\s+à|appelle(?:nt)?\s+à|prône(?:nt)?|(?:voit|voient|verrait)\s+(?:un\s+|de\s+l['’])?(?:intérêt|avantage|sens)\s+(?:à|dans))`;
const DEAL_AFTER = String.raw`\s+(?:(?:a|an|the|such\s+a|any|une?|la|le|l['’]|du|de\s+la)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:merger|merging|combination|combining|tie-up|takeover|acquisition|acquiring|buying|purchase|sale|fusion|fusionner|rapprochement|rachat|racheter|cession)(?![\p{L}])`;
const OPINION_ON_DEAL = new RegExp(String.raw`(?<![\p{L}])${OPINION}${DEAL_AFTER}`, 'giu');
/** How far before the first party the opinion may stand ("see value in a merger between A and B"). */
const BEFORE_CHARS = 80;

/** True when the deal words read inside or just before the match `span` are someone's opinion of a deal. */
export function onlyAnOpinion(sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span) return false;
  const text = sentence.text;
  const from = Math.max(0, span.start - sentence.start - BEFORE_CHARS);
  const to = span.end - sentence.start;
  for (const m of text.matchAll(OPINION_ON_DEAL))
    if (m.index + m[0].length > from && m.index < to) return true;
  return false;
}
