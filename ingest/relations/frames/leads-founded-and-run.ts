import type { RuleSpec } from '../rule';

/**
 * LEADS from a founder's relative clause carrying a second verb of heading: "P, who started Medora in 2015 and has
 * led it ever since", "P, who co-founded X in 2014 with Q and has been its chief executive since", "P, qui a fondé X
 * en 2011 et le dirige depuis". The founding verb is read by the FOUNDED rules; the coordinated present or perfect
 * makes the post a current one, which the perfect alone does not (see leads-held-since.ts). Pattern specs spread
 * into LEADS_RULES (../leads.ts).
 */

/** English founding verbs a relative opens on ("who set up", "who started"). */
const EN_FOUND = '(founded|co-founded|cofounded|started|launched|created|established|set)';
/** French perfect participles of founding after "a". */
const FR_FOUND = '(fondé|fondée|cofondé|cofondée|co-fondé|co-fondée|créé|créée|lancé|lancée)';
/** Perfect participles of heading after "has". */
const HEADED = '(led|run|headed|chaired|steered|helmed)';
/** The span that keeps the post current ("ever since", "since 2015", "for a decade"). */
const SPAN_AHEAD = '>{3}(since|for)';
/** Titles of a head after "has been its …", and the words that make them a function's ("chief operating officer"). */
const HEAD_TITLE = '(chief|ceo|chairman|chairwoman|president|managing|head|boss)';
const NOT_HEAD =
  '!>(operating|technology|technical|financial|finance|marketing|product|commercial|people|scientific|medical|information|revenue|of)';
/** French present verbs of heading: the post is held now. */
const FR_LEADS_NOW = '(dirige|préside|pilote|codirige|copréside)';
/** A head leaving in the same sentence keeps no post. */
const LEAVING =
  '!!(step|steps|stepping|stepped|retire|retires|retiring|resign|resigns|resigning|leave|leaves|leaving|quit|quits|quitte|quittera|départ)';

export const FOUNDED_AND_RUN_SPECS: RuleSpec[] = [
  {
    id: 'en.leads.founded-and-has-run',
    type: 'LEADS',
    // "P, who started Medora in 2015 and has led it ever since": "it" is the company just founded
    pattern: `${LEAVING} %p , ?(a|an) ~4!^(who|whose|and|,) who ${EN_FOUND} ?up @x ~8 and has ?(also) ${HEADED} @org ${SPAN_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'en.leads.founded-and-has-run',
    type: 'LEADS',
    // the same with "it" left unresolved: the company the relative founded
    pattern: `${LEAVING} %p , ?(a|an) ~4!^(who|whose|and|,) who ${EN_FOUND} ?up @org ~8 and has ?(also) ${HEADED} it ${SPAN_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'en.leads.founded-and-has-been-head',
    type: 'LEADS',
    // "P, who co-founded X in 2014 with Q and has been its chief executive since": the founded company, titled
    pattern: `${LEAVING} %p , ?(a|an) ~4!^(who|whose|and|,) who ${EN_FOUND} ?up @org ~8 and has (been|served) ?as ?(its|the) ?@own ~1! ${HEAD_TITLE} ${NOT_HEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'fr.leads.founded-and-runs',
    type: 'LEADS',
    // "P, qui a fondé X en 2011 et le dirige depuis", "P, qui a cofondé X et en est toujours le président"
    pattern: `${LEAVING} %p , qui (a|avait) ${FR_FOUND} @org ~8 et ?(le|la|l') ?@own ${FR_LEADS_NOW}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
];
