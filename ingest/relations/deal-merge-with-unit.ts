import { rules } from './rule';

/**
 * A company merged with a unit of another ("the merger of Y with a unit of X", "Y agreed to merge with a subsidiary
 * of X", "Y va fusionner avec une filiale de X") is bought by that other: the wire copy's cash-out merger, where the
 * buyer forms a unit that absorbs the target and pays its holders. GOLD-FORMAT reads it as ACQUIRED X → Y, like
 * "merged into a unit of X" (merger-vehicle.ts); a combination of equals never names the partner's unit. A
 * company's own business merged ("merge its chemicals business with a unit of X") is a venture, left alone: the gap
 * before the verb does not cross a possessive. The owner is captured with `@!` (it qualifies "unit").
 */

const MERGE_EN = '(merge|merges|merged|merging)';
const MERGE_FR = '(fusionner|fusionnera|fusionnerait|fusionne|fusionnent|fusionné|fusionnée)';
/** A company's part: the party merged with it belongs to its owner. */
const UNIT_EN = '(unit|subsidiary|affiliate)';
/** A word between the name and the verb that gives the verb another subject or object ("its business", "Y's unit", "it"). */
const OTHER_SUBJECT = "('s|’s|its|their|his|her|son|sa|ses|leur|leurs|it|they|he|she|we)";

export const DEAL_MERGE_WITH_UNIT_RULES = rules([
  {
    id: 'en.acquired.merge-with-unit',
    type: 'ACQUIRED',
    pattern: `@tgt ~6^${OTHER_SUBJECT} ${MERGE_EN} (with|into) (a|an) ~2! ${UNIT_EN} of @!src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.merger-with-unit',
    type: 'ACQUIRED',
    pattern: `merger of @tgt (with|into) (a|an) ~2! ${UNIT_EN} of @!src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.merge-with-unit',
    type: 'ACQUIRED',
    pattern: `@tgt ~6^${OTHER_SUBJECT} ${MERGE_FR} avec une ~2! filiale (de|du) @!src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.merger-with-unit',
    type: 'ACQUIRED',
    pattern: `fusion (de|du) @tgt avec une ~2! filiale (de|du) @!src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
