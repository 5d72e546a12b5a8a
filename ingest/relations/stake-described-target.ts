import { STAKE_PRICE_EN } from './en/stake-worth';
import { rules } from './rule';
import { controlOrMinorityReadings } from './stake-readings';

/**
 * A holding bought in a company the wire describes at length before naming it, the description joining two trades
 * or markets with "and": "acquired a 51 pct interest in the U.S. Retail and general corporate insurance broker
 * <Y>", "took a 20 pct stake in the oil and gas producer Y". The plain stake rules allow three plain words after
 * "in" and none of them "and". Here the description opens on an article, holds one "and" with a word after it, and
 * may end on a noun of what a company is right before the name (the entity pass often folds that noun into the
 * name's unit). Neither side of the "and" crosses "of", "in", a possessive or another stop, so "a stake in the
 * company and Y" (two things held), "a stake in the oil and gas fields of Y" (assets) are not read.
 * Read twice through `controlOrMinorityReadings`: the figure says control (ACQUIRED) or a minority (FUNDED).
 */

/** Verbs of taking a holding (as the plain stake rules', "raised" and "holds" left out: a change, not a purchase). */
const STAKE_VERB_EN =
  '(take|takes|took|taken|taking|acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchased|purchases)';
/** Nouns of the holding. */
const HOLDING_EN = '(stake|interest|holding|shareholding)';
/** Words a description may not cross: a complement or a possessive ties the name to something else. */
const DESCRIPTION_STOPS = '(of|in|into|on|and|&|its|their|his|her|plus)';
/** Most plain words before "and" and after the word that follows it. */
const BEFORE_AND = 3;
const AFTER_AND = 3;
/** One plain word right after "and" ("oil and gas", "retail and general"): "and" then a name is a list. */
const JOINED_WORD = '([a-z.-]+)';
/** Nouns of what a company is, ending the description right before its name when not folded into it. */
const COMPANY_KIND_EN =
  '(broker|brokers|producer|maker|manufacturer|company|firm|group|concern|bank|insurer|distributor|retailer|operator|developer|refiner|explorer|supplier|chain|publisher|builder|contractor)';

/** The wire's bracket opening a name it has no ticker for ("broker <Adams and Porter Inc>"). */
const WIRE_BRACKET = '(<)';

export const STAKE_DESCRIBED_TARGET_RULES_EN = rules(
  controlOrMinorityReadings(
    'en',
    'stake-in-described-target',
    `@src ~10^(and|but|then) ${STAKE_VERB_EN} ~6! ${HOLDING_EN} ${STAKE_PRICE_EN} in (the|a|an) ~${BEFORE_AND}!^${DESCRIPTION_STOPS} (and|&) ${JOINED_WORD} ~${AFTER_AND}!^${DESCRIPTION_STOPS} ?${COMPANY_KIND_EN} ?${WIRE_BRACKET} @tgt`,
    0.7,
  ),
);
