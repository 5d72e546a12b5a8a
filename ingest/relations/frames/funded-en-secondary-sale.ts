import { rules } from '../rule';

/**
 * A secondary sale of part of an investor's shares: "early backer A sold a portion of its shares to B", "A sold
 * part of its stake in Y to B". Both hold the company then: the buyer becomes a shareholder, the seller was one
 * (GOLD-FORMAT: a minority stake is FUNDED). Only a part of the holding is read ("a portion", "part", "some",
 * "half"): the whole stake sold may give the buyer control, which the deal rules read. With no company named, it
 * is the article's (a topic rule); the match opens on the seller, so the seller is not taken for the company.
 */

/** Verbs of selling. */
const SOLD_EN = '(sold|sells|selling|sell|transferred|transfers|offloaded|offloads)';
/** Words of a part of the holding ("a portion of", "part of", "some of", "half of"). */
const PART_EN = '(portion|part|some|half|third|quarter|fraction|share|shares)';
/** Nouns of the holding sold. */
const HOLDING_EN = '(shares|stake|holding|shareholding|equity|position)';

export const EN_SECONDARY_SALE_RULES = rules([
  {
    id: 'en.funded.part-sold-to-buyer',
    type: 'FUNDED',
    pattern: `**seller ~3! ?(has|had|also) ${SOLD_EN} ?(a|an) ~1! ${PART_EN} of (its|their|his|her) ${HOLDING_EN} to ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  },
  {
    id: 'en.funded.part-sold-seller',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|had|also) ${SOLD_EN} ?(a|an) ~1! ${PART_EN} of (its|their|his|her) ${HOLDING_EN} to ~3! **buyer`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
  {
    id: 'en.funded.part-sold-in-named',
    type: 'FUNDED',
    // "A sold part of its stake in Y to B": the buyer and the seller both hold Y
    pattern: `**seller ~3! ?(has|had|also) ${SOLD_EN} ?(a|an) ~1! ${PART_EN} of (its|their|his|her) ${HOLDING_EN} in @tgt to ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.part-sold-in-named-seller',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|had|also) ${SOLD_EN} ?(a|an) ~1! ${PART_EN} of (its|their|his|her) ${HOLDING_EN} in @tgt to`,
    source: 'src',
    target: 'tgt',
    confidence: 0.55,
  },
]);
