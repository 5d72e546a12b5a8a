import type { Sentence } from '../sentences';
import type { Stake } from '../values/stakes';
import { findStake } from '../values/stakes';
import type { MatchSpan } from './deal-clause';

/**
 * The share of the target named right before it: "sold its 25.2 pct interest in Y to Z", "cède sa participation
 * de 30 % dans Y à Z". A match that opens on the target leaves the figure outside the deal's clause, so a stake
 * below half would be read as the whole company changing hands (GOLD-FORMAT: a minority share is FUNDED).
 */
const STAKE_BEFORE_TARGET =
  /(?:(?:\d{1,3}(?:[.,]\d+)?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty)\s?(?:%|pct|per\s?cent|pour\s?cent)\s+(?:[\p{Ll}-]+\s+)?(?:interest|stake|holding|shareholding|participation)|(?:interest|stake|holding|shareholding|participation)\s+(?:de|of)\s+\d{1,3}(?:[.,]\d+)?\s?(?:%|pct|per\s?cent|pour\s?cent))\s+(?:in|dans|de|du|d')\s*(?:the\s+|le\s+|la\s+|l')?$/iu;
/** Characters before the target within which the stake phrase is read. */
const WINDOW_CHARS = 80;

export function stakeBeforeTarget(sentence: Sentence, span: MatchSpan | undefined): Stake | null {
  if (!span) return null;
  const at = span.start - sentence.start;
  if (at <= 0) return null;
  const before = sentence.text.slice(Math.max(0, at - WINDOW_CHARS), at);
  const m = STAKE_BEFORE_TARGET.exec(before);
  return m ? findStake(m[0]) : null;
}
