import { rules } from '../rule';

/**
 * Co-investors joined to the round just told by "along with" or "together with": "Existing backers A and B also
 * participated, along with C, the venture arm of D". The company is the clause's subject before the match or the
 * article's (a topic rule). And a group taking part through its investment arm: "Publisher A also took part through its
 * corporate venture arm, B" — A joins (the arm named after the comma is left out: its company was guessed wrong
 * on full articles). A French joiner told without the company: "Le family office X fait également son entrée au capital."
 */

/** Verbs of joining a round, before "through its arm". */
const TOOK_PART_EN = '(took|takes|take|participated|participates|invested|invests)';
/** Nouns of an investing vehicle of a group. */
const ARM_EN = '(arm|fund|vehicle|unit|subsidiary|affiliate|office)';
/** Most words of the vehicle's description ("corporate venture"). */
const ARM_DESCRIPTION_WORDS = 3;

/** Words that close the telling of a round or of a share in it, right before the co-investor. */
const ROUND_TOLD_EN = '(participated|invested|reinvested|co-invested|part|round|financing|raise|funding)';

export const EN_CO_INVESTOR_RULES = rules([
  {
    id: 'en.funded.along-with',
    type: 'FUNDED',
    pattern: `${ROUND_TOLD_EN} ?, (along|together) with ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.took-part-through-arm',
    type: 'FUNDED',
    pattern: `**src ~3 ?(also) ${TOOK_PART_EN} ?(part) (through|via) (its|their) ~${ARM_DESCRIPTION_WORDS}! ${ARM_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);

export const FR_CO_INVESTOR_RULES = rules([
  {
    id: 'fr.funded.enters-capital-bare',
    type: 'FUNDED',
    // "Le family office X fait également son entrée au capital.": the capital is the round's company's
    pattern: `**src ~3 ?(fait|font|a|ont) ?(également|aussi) ?(son|leur) (entre|entrent|entré|entrée|entrés) ?(également|aussi) (au|dans) ?le capital (\\.|,|;|aux)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);
