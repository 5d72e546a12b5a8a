import { rules } from '../rule';
import { LED_PARTICIPLE_FR, LEADS_ROUND_FR } from '../frames/funded-words';

/**
 * Who else is in a round told from its lead: "le tour est emmené par A, rejoint par B et par C". The round is the
 * article's company's. ("A mène l'opération" alone is not read: in a round-up the article's company is not the
 * one that raised, and the sentence does not say who did.)
 */

const LED = LED_PARTICIPLE_FR;
const JOINED = '(rejoint|rejointe|rejoints|suivi|suivie|suivis|épaulé|épaulée)';
/** The lead told as the subject: "A mène le tour", "A pilote l'opération". */
const LEADS = LEADS_ROUND_FR;
/** The round as the object of LEADS. */
const ROUND = "(le|la|l'|cette|ce) (tour|série|levée|opération|financement|augmentation)";

export const FR_ROUND_ROLE_RULES = rules([
  {
    id: 'fr.funded.lead-joined-by',
    type: 'FUNDED',
    pattern: `${LED} par ~3 **lead ~10 , ${JOINED} par ~3 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    // "A mène le tour, rejoint par B": a lead followed by joiners is a round told, not a round-up entry
    id: 'fr.funded.leads-then-joined',
    type: 'FUNDED',
    // "le fonds A, qui mène l'opération, rejoint par B": the lead may be told in a relative clause
    pattern: `**src ?, ?qui ${LEADS} ${ROUND} ~4 , ${JOINED} ?(notamment) par`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.joined-after-leads',
    type: 'FUNDED',
    pattern: `${LEADS} ${ROUND} ~4 , ${JOINED} ?(notamment) par ~3 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);
