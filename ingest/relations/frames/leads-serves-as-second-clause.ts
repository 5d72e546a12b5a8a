import type { Captures, Unit } from '../pattern';
import { compile, matchAll } from '../pattern';
import { TITLE_WORD } from '../people-words';
import type { ReaderRuleSpec } from '../rule';
import { NOT_LEADER_AFTER_TITLE } from './leads-post-phrases';

/**
 * "X said on Monday that its founder, Q, had stepped down as chief executive and that chief operating officer P
 * would serve as acting CEO": a company's statement names the head who leaves in a first clause and the stand-in in
 * a second, so `any.leads.serves-as` cannot reach P over Q. The leaver must be the company's own ("its founder",
 * which the units resolve to the speaker): "X said Y's chief executive, Q, had quit and that P …" is Y's news.
 */

/** Most words between the statement's verb and the leaver's possessive ("on Monday that"). */
const BEFORE_LEAVER_UNITS = 4;
/** Most words of the leaver's title ("founder", "chief executive and founder"). */
const LEAVER_TITLE_UNITS = 4;
/** Most units of the first clause after the leaver ("had stepped down as chief executive for health reasons"). */
const FIRST_CLAUSE_UNITS = 16;
/** Most words of the stand-in's title before the name ("its chief financial officer"). */
const TITLE_BEFORE_PERSON_UNITS = 4;

const SERVES_AS_SECOND_CLAUSE = compile(
  `@org (said|says|announced|announces) ~${BEFORE_LEAVER_UNITS} @own ~${LEAVER_TITLE_UNITS}! , %q , ~${FIRST_CLAUSE_UNITS} and that ~${TITLE_BEFORE_PERSON_UNITS} %p ~2! (will|would|is|was) ?(to) (serve|act) as ?(its|the) ?(interim|acting|new) ${TITLE_WORD} !>(${NOT_LEADER_AFTER_TITLE})`,
  true,
);

function readServesAsSecondClause(units: Unit[]): Captures[] {
  return matchAll(SERVES_AS_SECOND_CLAUSE, units).filter(
    (c) => c.own?.length === 1 && c.org?.length === 1 && c.own[0] === c.org[0],
  );
}

export const SERVES_AS_SECOND_CLAUSE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.serves-as-second-clause',
    type: 'LEADS',
    read: readServesAsSecondClause,
    neededWords: ['serve', 'act'],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
