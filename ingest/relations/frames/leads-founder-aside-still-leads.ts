import type { RuleSpec } from '../rule';
import { FOUND_VERB, FOUNDER_TIE_STOP, TITLE_WORD } from '../people-words';

/**
 * LEADS of a founder described in an aside before the relative that gives the post: "Frostline was founded in 2016 by
 * P, a former logistics manager at supermarket group Tesco, who remains chief executive", "X a été fondée en 2014 par
 * P, ancienne ingénieure du CEA, qui en est toujours la présidente", "founded by A and B, a former consultant at
 * McKinsey, who is chief executive" (B only). `any.leads.founder-still-leads` wants the relative right after the name.
 * The aside may name one company (a past employer) but no kin: "by P, the son of Q, who is chief executive" may be
 * Q's post. The title must close the clause, so "who is now chief executive of Y" (another company) is refused.
 * The title is read by the pattern itself (the role check looks too close after the founder to reach it).
 * Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/**
 * The founder's aside: plain words, one company at most ("a former consultant at McKinsey"); a kin or tie noun ends
 * it ("the son of Q": the post after it may be Q's), since a loose gap steps over an oblique name.
 */
const ASIDE = `, ~8^${FOUNDER_TIE_STOP} ?@employer ~3^${FOUNDER_TIE_STOP} ,`;
/** The relative of holding a post, with "now/still" ("who is now", "qui en est toujours"). */
const HOLDS = `(qui|who) ?(en|y) (est|is|remains|reste|demeure) ?(now|still|toujours|aujourd'hui|désormais) ~2! ?@own ~2! ${TITLE_WORD}`;
/** The rest of a two-word title ("chief executive", "directeur général"). */
const TITLE_REST = '?(executive|officer|director|directeur|directrice|général|générale)';
/** What must follow the title: the clause's end, not a complement naming another company. */
const CLOSES = '>(\\.|,|;|since|depuis|and|et)';

export const FOUNDER_ASIDE_STILL_LEADS_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.founder-aside-still-leads',
    type: 'LEADS',
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~3 %p ${ASIDE} ${HOLDS} ${TITLE_REST} ${CLOSES}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.cofounder-aside-still-leads',
    type: 'LEADS',
    // "founded by A and B, a former consultant at Y, who is chief executive": the aside and the relative are B's
    pattern: `@org ~8 ${FOUND_VERB} ~4! (par|by) ~4 %q ~4! (and|et) ~3! %p ${ASIDE} ${HOLDS} ${TITLE_REST} ${CLOSES}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
