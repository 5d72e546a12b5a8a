import type { Captures } from '../pattern';
import type { Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { PRESENT_LEAD_VERB } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { LEAVE_VERB } from './founders-left-to-found';
import { SECOND_POST } from './leads-post-holder';

/**
 * A career move told as one clause: the person left a company and heads another now ("P left X in 2019 and now
 * runs Y", "P a quitté X en 2019 et dirige aujourd'hui Y", "P left X last year to run Y", "a quitté X pour
 * diriger Y"). The verb of heading has no subject of its own: it is the person's, joined to the leaving verb by
 * "and"/"et" or told as its purpose. Only present forms of heading count (a post held now); the company left may
 * have been read as the person's by a pattern of the same sentence, so the reading carries SECOND_POST
 * (sentence-facts.ts): a person who left one company heads the other.
 */

/** Adverbs of the present around the verb of heading ("and now runs", "et dirige aujourd'hui"). */
const NOW = "(now|today|currently|still|aujourd'hui|désormais|actuellement|toujours)";
/** Infinitives of heading after "to"/"pour" (a purpose: "left X to run Y"). */
const HEAD_INFINITIVE = '(run|head|lead|diriger|présider|piloter)';
/**
 * Words the gap between the company left and "and"/"to" may not cross: a relative or a new clause makes the verb
 * of heading another subject's ("P left X, which now runs Y" is not read, nor "P left X but Q now runs Y").
 */
const CLAUSE_WORDS = "(which|that|who|whose|where|qui|que|qu'|dont|où|but|mais|while|whereas|tandis|;)";
/** The person, the leaving verb and the company left, with a time after it ("left Tidewater in 2022"). */
const LEFT = `%p ?, ?(qui|who) ~3! ${LEAVE_VERB} ?@left ~4^${CLAUSE_WORDS}`;
/** The company headed, unless a complement follows it (then the name is a unit of another body). */
const HEADED = "?(the|le|la|l') @org !>(de|du|des|d'|of)";

const LEFT_AND_NOW_HEADS = compile(`${LEFT} (and|et) ?${NOW} ${PRESENT_LEAD_VERB} ?${NOW} ${HEADED}`, true);
const LEFT_TO_HEAD = compile(`${LEFT} (to|pour) ${HEAD_INFINITIVE} ${HEADED}`, true);

function readCareerMove(units: Unit[]): Captures[] {
  const out = [...matchAll(LEFT_AND_NOW_HEADS, units), ...matchAll(LEFT_TO_HEAD, units)];
  for (const c of out) c[SECOND_POST] = [];
  return out;
}

export const CAREER_MOVE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.leads.left-and-now-heads',
    type: 'LEADS',
    read: readCareerMove,
    neededWords: LEAVE_VERB.slice(1, -1).split('|'),
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
