import type { RuleSpec } from '../rule';
import { ART } from '../people-words';

/**
 * LEADS pattern rules for the head named through the body he or she heads: the chair of a company's board
 * ("le président du directoire de X, P", "the chairman of the board of X, P") and a post held for the time being
 * ("la direction générale de X est assurée par intérim par P"). Spread into LEADS_RULES (../leads.ts).
 */

/** A chair's title, before the board it chairs. */
const CHAIR_TITLE = '(président|présidente|chairman|chairwoman|chair|president)';
/** The board of a company: "directoire", "conseil d'administration / de surveillance", "the board (of directors)". */
const BOARD = "(directoire|conseil|board) ?(de|d'|of) ?(surveillance|administration|directors)";
/** The company's top posts, which "assurer"/"confier" give to a person. */
const TOP_POST = '(direction|présidence) ?(générale|exécutive)';
/** Verbs of holding or handing a post, passive ("est assurée par", "a été confiée à"). */
const POST_HELD = '(est|sera|était|a|avait) ?(été) (assurée|assumée|confiée|exercée|reprise|occupée)';

export const BOARD_AND_POST_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.board-chair-of',
    type: 'LEADS',
    pattern: `?(le|la|the) ${CHAIR_TITLE} (du|of) ?(the) ${BOARD} (de|du|d'|of) ${ART} @org , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.leads.post-held-by',
    type: 'LEADS',
    // "Chez X, la direction générale est assurée par intérim par P": an interim head is the head
    pattern: `@org ~4! , (la) ${TOP_POST} ${POST_HELD} ~3 (par|à) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.post-of-held-by',
    type: 'LEADS',
    pattern: `(la) ${TOP_POST} (de|du|d') ${ART} @org ${POST_HELD} ~3 (par|à) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
