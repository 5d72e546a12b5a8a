import type { EntityIndex } from '../resolve/mentions';
import { isGovernmentBodyName } from './public-body-side';

/**
 * A government body, a regulator or a court ("the U.S. Department of Justice", "the Federal Trade Commission",
 * "le ministère des Transports", "Tribunal de commerce de Nantes") is never bought, merged or funded: it reviews,
 * clears or blocks the deal told beside it ("failing to seek advance clearance from the DOJ or the Federal Trade
 * Commission for his purchases of USAir"), so a fact putting it there misread the sentence. It may still fund a
 * company (a grant, "Région Bretagne", "the U.S. Department of Energy") or buy one (a state investment authority):
 * only the party that changes hands, is funded or merges is looked at, once the match's target is settled (a body
 * captured first may hand over to the unit or seller it names).
 */
export function publicBodyChangesHands(
  type: string,
  source: number,
  target: number,
  index: EntityIndex,
): boolean {
  if (type === 'MERGED_WITH')
    return isGovernmentBodyName(index, source) || isGovernmentBodyName(index, target);
  return (type === 'ACQUIRED' || type === 'FUNDED') && isGovernmentBodyName(index, target);
}
