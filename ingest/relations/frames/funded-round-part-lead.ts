import { rules } from '../rule';
import { LED_PARTICIPLE_FR } from './funded-words';

/**
 * The lead of one part of a round: "Le volet en capital, de 20 millions d'euros, est mené par A", "La tranche en
 * fonds propres a été pilotée par A", "The equity portion, worth €40m, was led by A". Financings that mix equity
 * and debt are told part by part, and the part's noun stands where the round's would, often with its own amount
 * in apposition; whoever leads the equity part leads the company's round (GOLD-FORMAT: leads a funding round). The
 * company is the clause's subject when there is one, else the article's (`../funded-target.ts`): the part's noun
 * opens its sentence.
 */

/** Nouns of a share of a financing. */
const PART_FR = '(volet|tranche|partie|compartiment)';
const PART_EN = '(portion|tranche|component|part|leg)';
/** What the share is made of: a money word has to qualify the part, else "le volet social" would be a round. */
const KIND_FR = '(capital|propres|dette|obligataire|obligations|actions|equity)';
const KIND_EN = '(equity|debt|capital|convertible|cash|loan)';
/** Most words between the share's noun and its verb: its kind, then an amount in apposition (", de 20 M€,"). */
const PART_TO_VERB_WORDS = 9;
/** Most words of the lead's description ("le fonds d'infrastructure"). */
const LEAD_DESCRIPTION_WORDS = 4;

export const ROUND_PART_LEAD_RULES = rules([
  {
    id: 'fr.funded.round-part-led-by',
    type: 'FUNDED',
    pattern: `${PART_FR} ?(en|de|du|des|d') ?(fonds|quasi-fonds) ${KIND_FR} ~${PART_TO_VERB_WORDS} (a|est|sera|était|ont|sont) ?été ${LED_PARTICIPLE_FR} par ~${LEAD_DESCRIPTION_WORDS} **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
  {
    id: 'en.funded.round-part-led-by',
    type: 'FUNDED',
    pattern: `${KIND_EN} ${PART_EN} ~${PART_TO_VERB_WORDS} (was|is|has|had|will) ?(been|be) (led|co-led) by ~${LEAD_DESCRIPTION_WORDS} **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
]);
