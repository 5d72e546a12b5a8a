import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { subjectBefore } from './clause';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS told by an appointment whose company is the clause's subject far before its verb ("X, issue du CEA-Leti,
 * a nommé P président-directeur général"): the plain rules stop a few words after the company. The head being
 * replaced ("Elle succède à P", "She replaces P") is left alone on purpose: the gold sets count a predecessor as a
 * former head, not a leader.
 */

/** Verbs of appointing, with an auxiliary before them ("a nommé", "has appointed"). */
const APPOINT_VERB = /^(nommé|désigné|appointed|named)$/;
const APPOINT_AUX = /^(a|has|have|avait|had)$/;
/** Most words of the bare title after the person ("président-directeur général", "chief executive officer"). */
const MAX_TITLE_WORDS = 4;
/** What may end a bare title: the post is the subject's own, not one "of" another body. */
const TITLE_END =
  /^([,;:.!?»)"]|à|en|dès|from|effective|with|avec|since|depuis|pour|for|to|et|and|le|the|au)$/;

/**
 * "X, issue du CEA-Leti, a nommé P président-directeur général": the subject company, however far before its verb,
 * appoints P to its own top post. The title must follow P bare (a title "of" a body names whose post it is).
 */
export function readAppointedBareTitle(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, t) => {
    if (u.kind !== 'tok' || !APPOINT_VERB.test(u.token.lower)) return;
    if (!APPOINT_AUX.test(wordAt(units, t - 1) ?? '') || !isPersonAt(units, t + 1)) return;
    const title: string[] = [];
    let k = t + 2;
    if (/^(as|comme|au|à)$/.test(wordAt(units, k) ?? '')) k++;
    for (; k < units.length && title.length < MAX_TITLE_WORDS; k++) {
      const w = wordAt(units, k);
      if (w === null || TITLE_END.test(w)) break;
      title.push(w);
    }
    const ended = k >= units.length || TITLE_END.test(wordAt(units, k) ?? '');
    if (!ended || title.length === 0 || !isLeaderTitle(title.join(' '))) return;
    const org = subjectBefore(units, t - 1);
    if (org < 0 || !isOrgAt(units, org)) return;
    out.push({
      p: idsAt(units, t + 1),
      org: idsAt(units, org),
      '#p': [t + 1],
      '#org': [org],
      [MATCH_START]: [org],
    });
  });
  return out;
}

/** Below the pattern rules' 0.7–0.85 and level with the other frame readers. */
const APPOINTED_SUBJECT_CONFIDENCE = 0.65;

export const APPOINTED_SUBJECT_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.appointed-far-subject',
    type: 'LEADS',
    read: readAppointedBareTitle,
    neededWords: ['nommé', 'désigné', 'appointed', 'named'],
    source: 'p',
    target: 'org',
    confidence: APPOINTED_SUBJECT_CONFIDENCE,
  },
];
