import { rules } from '../rule';
import { controlOrMinorityReadings } from '../stake-readings';

/**
 * A share purchase whose company is named only in the clause that tells what the purchase left the buyer with, as
 * filings are reported on the wire: "X said it purchased the tendered shares, which, when combined with the shares
 * it already holds, gives it a 21.7 pct stake in Y", "X bought 500,000 shares, bringing its holding in Y to 8.1
 * pct", "X a acquis 500 000 titres, ce qui lui donne 6,2 % du capital de Y". The shares bought carry no company
 * name, so the stake readers, which need the holding noun within a few words of the buying verb, miss them. The
 * stake the clause states (values/stakes.ts) says which fact it is: control is an ACQUIRED, less a FUNDED.
 */

/** Confidence of a purchase read through its result clause. */
const RESULT_CLAUSE_CONFIDENCE = 0.7;

/** English verbs of buying shares, every form a filing report uses. */
const BUY_EN =
  '(bought|buys|buy|buying|purchased|purchases|purchase|purchasing|acquired|acquires|acquire|acquiring)';
/** English verbs telling what the purchase leaves the buyer with. */
const RESULT_EN =
  '(giving|gives|give|gave|bringing|brings|bring|brought|boosting|boosts|boosted|lifting|lifts|lifted|raising|raises|raised|increasing|increases|increased)';
/** Words standing for the buyer after the result verb ("gives it", "bringing its"). */
const BUYER_EN = '?(it|its|him|his|her|them|their|the|a|an|total|combined)';
/** English nouns of a holding. */
const HOLDING_EN = '(stake|interest|holding|holdings|position|ownership|shareholding)';
/** French verbs of buying shares. */
const BUY_FR =
  '(acheté|achète|achètent|achetait|acquis|acquiert|acquièrent|racheté|rachète|rachètent|ramassé|ramasse)';
/** French verbs telling what the purchase leaves the buyer with ("ce qui lui donne", "portant sa participation"). */
const RESULT_FR =
  '(donnant|donne|donnent|donnera|portant|porte|portent|porté|portera|relevant|relève|élevant|élève)';
/** French nouns of a holding. */
const HOLDING_FR = '(participation|part|parts|détention)';

/** Most words between the buying verb and the result verb: the shares bought and an aside on the shares held. */
const PURCHASE_TO_RESULT_WORDS = 14;
/** Most words between the subject and the buying verb ("said today that it"). */
const SUBJECT_TO_BUY_WORDS = 6;
/** Most words between the result verb and the holding noun or the figure ("it a 21.7", "lui 6,2"). */
const RESULT_TO_HOLDING_WORDS = 4;

const BUY_THEN_RESULT_EN = `@src ~${SUBJECT_TO_BUY_WORDS} ${BUY_EN} ~${PURCHASE_TO_RESULT_WORDS} ${RESULT_EN}`;
const BUY_THEN_RESULT_FR = `@src ~${SUBJECT_TO_BUY_WORDS} ${BUY_FR} ~${PURCHASE_TO_RESULT_WORDS} ${RESULT_FR}`;

export const EN_STAKE_PURCHASE_RESULT_RULES = rules([
  // "… gives it a 21.7 pct stake in Y", "… bringing its holding in Y to 8.1 pct"
  ...controlOrMinorityReadings(
    'en',
    'purchase-leaves-stake-in',
    `${BUY_THEN_RESULT_EN} ${BUYER_EN} ~${RESULT_TO_HOLDING_WORDS}! ${HOLDING_EN} (in|of) ~3! @tgt`,
    RESULT_CLAUSE_CONFIDENCE,
  ),
  // "… give it 8.1 pct of Y", "… giving him 5.3 pct of Y's common stock"
  ...controlOrMinorityReadings(
    'en',
    'purchase-leaves-percent-of',
    `${BUY_THEN_RESULT_EN} ${BUYER_EN} ~${RESULT_TO_HOLDING_WORDS}! (pct|percent|%) of ?(the) ~3! @tgt`,
    RESULT_CLAUSE_CONFIDENCE,
  ),
]);

export const FR_STAKE_PURCHASE_RESULT_RULES = rules([
  // "… portant sa participation dans Y à 6,2 %", "… qui portent sa part dans le capital de Y"
  ...controlOrMinorityReadings(
    'fr',
    'purchase-leaves-stake-in',
    `${BUY_THEN_RESULT_FR} ~${RESULT_TO_HOLDING_WORDS} ${HOLDING_FR} ?(dans|de|du|au) ?(le) ?(capital) (dans|de|du|d') ~3! @tgt`,
    RESULT_CLAUSE_CONFIDENCE,
  ),
  // "… ce qui lui donne 6,2 % du capital de Y", "… lui donnant 4 % de Y"
  ...controlOrMinorityReadings(
    'fr',
    'purchase-leaves-percent-of',
    `${BUY_THEN_RESULT_FR} ~${RESULT_TO_HOLDING_WORDS} (%|pour) ?(cent) ?(du|de|des) ?(capital|droits) ?(de|du|d') ~3! @tgt`,
    RESULT_CLAUSE_CONFIDENCE,
  ),
]);
