import { rules } from './rule';

/** Buying words before the unit bought ("has taken over" is read by the second rule). */
const UNIT_BUY =
  '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchased|purchasing|acquisition)';
const TAKE = '(take|takes|took|taken|taking|takeover)';
/** An unnamed part of a company: the owner sells it (GOLD-FORMAT, a business of the seller). */
const UNIT_NOUNS = '(division|divisions|unit|units|subsidiary|subsidiaries|arm)';

/**
 * "X has taken over the audiovisual consumer goods division of British group Y", "X agreed to buy the chemicals
 * unit of Y": a division named by plain words only is no company, so the buyer acquires from its owner (the
 * business-of rule of GOLD-FORMAT and tests/dev-gold-4). "~N" crosses plain words only, so a named unit
 * ("the Alliance Automation Systems division of Gleason", "Borman Inc, a unit of Y") never reaches the owner.
 */
export const EN_UNIT_OF_SELLER_RULES = rules([
  {
    id: 'en.acquired.unit-of-seller',
    type: 'ACQUIRED',
    pattern: `@src ~10 ${UNIT_BUY} ~10^(,|;|by) ${UNIT_NOUNS} of ~2! @!tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.acquired.took-over-unit-of-seller',
    type: 'ACQUIRED',
    pattern: `@src ~10 ${TAKE} over !>by ~10^(,|;|by) ${UNIT_NOUNS} of ~2! @!tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
