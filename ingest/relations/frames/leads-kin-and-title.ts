import type { RuleSpec } from '../rule';
import { ADJ, ART, NOT_AFTER_HEADED, OF, TIE_STOP } from '../people-words';

/**
 * LEADS from a family tie to the founder coordinated with a head's title, as the regional press tells family firms:
 * "Hélène Roux, petite-fille du fondateur et directrice générale de X", "P, arrière-petit-fils de la fondatrice et
 * président de l'entreprise". The plain apposition rule (../leads.ts) stops at a tie noun, since "P, fils du
 * fondateur de X" names the founder's son, not X's head; after "et", the title is the person's own. Only the founder
 * nouns may stand after the tie ("fils du président et directeur de X" leaves the title to the father), and the
 * title must be a head's (checkRole). Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/** French founder nouns after the tie ("petite-fille du fondateur", "fils de la fondatrice"). */
const FOUNDER_FR = '(fondateur|fondatrice|fondateurs|créateur|créatrice)';
/** The French preposition of the tie's complement, before an optional article. */
const TIE_OF = "(du|de|d')";

export const KIN_AND_TITLE_SPECS: RuleSpec[] = [
  {
    id: 'fr.leads.kin-and-title',
    type: 'LEADS',
    pattern: `%p , ?(le|la|l') ${TIE_STOP} ${TIE_OF} ?(la|l') ${FOUNDER_FR} et ~4! ${OF} ${ART} ?${ADJ} @org !>${NOT_AFTER_HEADED}`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
    checkRole: true,
  },
];
