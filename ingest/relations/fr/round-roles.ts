import { rules } from '../rule';

/**
 * Who else is in a round told from its lead: "le tour est emmené par A, rejoint par B et par C". The round is the
 * article's company's. ("A mène l'opération" alone is not read: in a round-up the article's company is not the
 * one that raised, and the sentence does not say who did.)
 */

const LED = '(mené|menée|emmené|emmenée|conduit|conduite|piloté|pilotée)';
const JOINED = '(rejoint|rejointe|rejoints|suivi|suivie|suivis|épaulé|épaulée)';

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
]);
