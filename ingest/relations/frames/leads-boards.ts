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

/** Present verbs of chairing a board; a past one ("chaired") tells a post held before. */
const CHAIRS = '(chairs|préside|co-chairs|copréside)';
/** Words of time that keep the post a present one ("now chairs", "préside désormais"). */
const NOW = "?(now|still|currently|also|aujourd'hui|désormais|toujours|actuellement|aussi|également|depuis)";
/** "now chairs the board of": a present chair of a board, up to the preposition before the company. */
const CHAIRED_BOARD_OF = `${NOW} ${CHAIRS} ${NOW} ?(le|the) ${BOARD} (de|du|d'|of) ${ART}`;
/** Words a gap inside the person's relative does not cross: another clause or relative opens there. */
const NOT_IN_RELATIVE = "(,|who|qui|which|que|qu')";

export const BOARD_AND_POST_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.chairs-board-of',
    type: 'LEADS',
    // "P chairs the board of X", "P, qui préside le conseil de surveillance de la PME X": the words between the
    // board and the name qualify the company's kind ("of textiles startup X"), strictly
    pattern: `%p ?, ?(who|qui) ${CHAIRED_BOARD_OF} ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.and-now-chairs-board-of',
    type: 'LEADS',
    // "P, who left X in 2019 and now chairs the board of Y": the second verb of the person's relative
    pattern: `%p , (who|qui) ~8^${NOT_IN_RELATIVE} (and|et) ${CHAIRED_BOARD_OF} ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.and-now-chairs-board-of-after-object',
    type: 'LEADS',
    // the relative's first verb takes a company as its object ("who left the company in 2019 and now chairs"):
    // a gap does not cross a name
    pattern: `%p , (who|qui) ~3^${NOT_IN_RELATIVE} *left ~5^${NOT_IN_RELATIVE} (and|et) ${CHAIRED_BOARD_OF} ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
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
    id: 'any.leads.whose-board-chaired-by',
    type: 'LEADS',
    // "X, dont le conseil de surveillance est présidé depuis 2021 par P", "X, whose board is chaired by P": the
    // relative on the company names its board's chair
    pattern: `@org ~2! , (dont|whose) ?(le|the) ${BOARD} (est|is|has|a|sera|will) ?(been|été|be) ${NOW} (présidé|chaired) ${NOW} ~2 (par|by) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.whose-post-held-by',
    type: 'LEADS',
    // "X, dont la direction générale est assurée par P": the relative on the company names who holds its top post
    pattern: `@org ~2! , (dont) (la) ${TOP_POST} ${POST_HELD} ~3 (par|à) %p`,
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
