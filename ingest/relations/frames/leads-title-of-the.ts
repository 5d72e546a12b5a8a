import type { RuleSpec } from '../rule';
import { NOT_AFTER_HEADED, TIE_STOP } from '../people-words';

/**
 * LEADS from an English apposition whose body takes "the": "Shafi Niaz, Chairman of the Agricultural Prices
 * Commission, said", "P, chairman of the Federal Trade Commission, told". any.leads.apposition leaves English "the"
 * out, since "head of the X outcomes team" names a team, not X; here the name must close the apposition (a comma,
 * a semicolon, a bracket, "said") or the sentence, so a noun after it ("the X outcomes team") refuses the reading.
 * Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/** What may follow the body's name when the apposition ends with it. */
const CLOSES_APPOSITION = '>(,|;|\\(|said|says|told|tells|\\.)';

export const TITLE_OF_THE_SPECS: RuleSpec[] = [
  {
    id: 'en.leads.apposition-of-the',
    type: 'LEADS',
    pattern: `%p , !>(and) ~7!^${TIE_STOP} (of|at) the @org !>${NOT_AFTER_HEADED} ${CLOSES_APPOSITION}`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
  },
];
