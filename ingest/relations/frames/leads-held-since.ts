import type { RuleSpec } from '../rule';

/**
 * LEADS from a head's post told in the English present perfect with its span: "P, who has led Calder since 2014",
 * "P has run it since 2022", "whose daughter P has chaired the group for a decade". The span ("since", "for") makes
 * the post one held now; "P, who led X for nine years" (simple past) and "P had run X since 2010" (a post left)
 * stay unread, as the gold sets record current heads. French says it in the present ("qui dirige X depuis 2014"),
 * which any.leads.verb reads. Pattern specs spread into LEADS_RULES (../leads.ts).
 */

/** Past participles of heading after "has/have". */
const PERFECT_LEAD = '(led|run|headed|chaired|steered|co-led|helmed)';
/** The span that keeps the post current, within the three words after the company ("since 2014", "ever since"). */
const SPAN_AHEAD = '>{3}(since|for)';
/**
 * A head being replaced is named after these ("She replaces co-founder P, who has led the business since 2008"): the
 * gold sets give the post to the newcomer only.
 */
/** A sentence telling the head's leaving ("has run X since 2012 and will step down in June") keeps no post. */
const LEAVING =
  '!!(step|steps|stepping|stepped|retire|retires|retiring|resign|resigns|resigning|leave|leaves|leaving|quit|quits|depart|departs)';
const SUCCESSION = /^(replaces|replaced|replacing|replace|succeeds|succeeded|succeeding|succeed|from)$/;

export const HELD_SINCE_SPECS: RuleSpec[] = [
  {
    id: 'en.leads.has-run-since',
    type: 'LEADS',
    // "P, who has led the bank since 2014", "P, who has also run it since its launch"
    pattern: `${LEAVING} %p , who has ?(also|successfully) ${PERFECT_LEAD} @org ${SPAN_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    notAfter: SUCCESSION,
    // "P, who has led the company since its launch" after a quote by another company's head: the pointer there
    // takes the salient company, often not the one P founded, so the relative reads named companies only
    namedTarget: true,
  },
  {
    id: 'en.leads.has-run-since',
    type: 'LEADS',
    // the person as the clause's subject: "Whitcombe, 52, … has run it since 2022", "Claire Castaing has run it since"
    pattern: `${LEAVING} %p ~4!^(who|which|that|and|but|,) has ?(also|successfully) ${PERFECT_LEAD} @org ${SPAN_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
];
