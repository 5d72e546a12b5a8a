import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { subjectBefore } from './clause';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS told by a noun of a head's coming, with the post after the person ("X annonce une levée …, ainsi que
 * l'arrivée de P au poste de directrice générale", "X confirmed the appointment of P as chief executive", "X annonce
 * le recrutement de P comme directeur général"). The company is the clause's subject, however far before the noun
 * (other names, the round's investors, stand between): any.leads.appointment-of stops at them. A post of another
 * body ("au poste de directeur financier", "as head of sales") is not the subject's head.
 */

/** Nouns of a head's coming to a post. */
const ARRIVAL_NOUN = /^(arrivée|nomination|recrutement|appointment|arrival|hiring|recruitment)$/;
/** What opens the post after the person: "au poste de", "comme", "en tant que", "as". */
const POST_OPENERS = [['au', 'poste', 'de'], ['au', 'poste', "d'"], ['comme'], ['en', 'tant', 'que'], ['as']];
/** Most words of the post. */
const MAX_TITLE_WORDS = 4;
/** What ends the post: the clause's or the sentence's end, a date. */
const TITLE_END =
  /^([,;:.!?»)"]|à|en|dès|from|effective|on|in|with|avec|since|depuis|pour|for|le|the|et|and)$/;
/** Words of a head's coming that is not sure ("pourrait", "could", "possible", "envisage"). */
const NOT_SURE =
  /^(possible|éventuelle|prochaine|pressentie|potential|possible|could|pourrait|envisage|considering|weighing)$/;

/** Index after the post opener at `k`, or -1. */
function afterOpener(units: Unit[], k: number): number {
  for (const opener of POST_OPENERS)
    if (opener.every((w, j) => wordAt(units, k + j) === w)) return k + opener.length;
  return -1;
}

/** Most words of a descriptor before the sentence's subject ("La plateforme de séjours en pleine nature X"). */
const MAX_SUBJECT_OPENING = 10;

/** The sentence's first name when it is an org with only a descriptor before it ("La plateforme X annonce …"). */
function sentenceSubject(units: Unit[]): number {
  for (let k = 0; k < Math.min(units.length, MAX_SUBJECT_OPENING); k++) {
    if (units[k].kind === 'ent') return isOrgAt(units, k) ? k : -1;
    if (wordAt(units, k) === null || /^[,;:(«"]$/.test(wordAt(units, k) ?? '')) return -1;
  }
  return -1;
}

function readArrivalPost(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, t) => {
    if (u.kind !== 'tok' || !ARRIVAL_NOUN.test(u.token.lower)) return;
    if (NOT_SURE.test(wordAt(units, t - 1) ?? '') || NOT_SURE.test(wordAt(units, t + 1) ?? '')) return;
    const of = wordAt(units, t + 1);
    if (of !== 'de' && of !== "d'" && of !== 'of') return;
    if (!isPersonAt(units, t + 2)) return;
    const start = afterOpener(units, t + 3);
    if (start < 0) return;
    const title: string[] = [];
    let k = start;
    for (; k < units.length && title.length < MAX_TITLE_WORDS; k++) {
      const w = wordAt(units, k);
      if (w === null || TITLE_END.test(w)) break;
      title.push(w);
    }
    const ended = k >= units.length || wordAt(units, k) === null || TITLE_END.test(wordAt(units, k) ?? '');
    if (!ended || title.length === 0 || !isLeaderTitle(title.join(' '))) return;
    const subject = subjectBefore(units, t);
    const org = subject >= 0 && isOrgAt(units, subject) ? subject : sentenceSubject(units);
    if (org < 0 || org >= t) return;
    out.push({
      p: idsAt(units, t + 2),
      org: idsAt(units, org),
      '#p': [t + 2],
      '#org': [org],
      [MATCH_START]: [org],
    });
  });
  return out;
}

/** Level with the other frame readers. */
const ARRIVAL_POST_CONFIDENCE = 0.65;

export const ARRIVAL_POST_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.arrival-post',
    type: 'LEADS',
    read: readArrivalPost,
    neededWords: ['arrivée', 'nomination', 'recrutement', 'appointment', 'arrival', 'hiring', 'recruitment'],
    source: 'p',
    target: 'org',
    confidence: ARRIVAL_POST_CONFIDENCE,
  },
];
