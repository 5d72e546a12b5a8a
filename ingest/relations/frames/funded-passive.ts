import type { Unit } from '../pattern';
import { clauseStart, isTok, listFrom, lowerAt, subjectOf } from './funded-clause';
import type { FundingReading } from './funded-giver';
import { moneySubject } from './funded-money-subject';
import {
  MAX_UNITS_BEFORE_AGENT,
  MAX_UNITS_TO_GIVERS,
  OF,
  hasWord,
  hasMoney,
  giverOk,
  sentenceClauseEnd,
  refused,
  firstGiver,
} from './funded-giver';
import { BACKED_PARTICIPLE, FUNDING_NOUN, WEAK_BACKED_PARTICIPLE } from './funded-words';
import { BACKED_THING_RE } from '../backed-thing-nouns';

/** The passive shape: the company funded is the subject of a participle of backing, its givers the agent. */

/** "financée par A", "was backed since 2019 by A", "l'amorçage avait été apporté par A". */
/** Adverbs stepped over before a participle ("recently supported"). */
const ADVERB_BEFORE = /^(recently|also|already|initially|since|long)$/;
/** Words before a passive participle: an auxiliary or a comma ("Y was backed", "Y, backed by"). */
const PASSIVE_OPENER = /^(was|were|is|are|be|been|being|has|have|had|,|and)$/;

/** "certificates backed by receivables", "the proposal supported by the administration": a thing is backed, not
 * a company; "the court supported an action by a shareholder": an active verb with its object, no passive. */
function notPassiveBacking(units: Unit[], t: number): boolean {
  if (isTok(units, t + 1, /^(a|an|the)$/)) return true;
  let p = t - 1;
  while (isTok(units, p, ADVERB_BEFORE)) p--;
  const u = units[p];
  if (u?.kind === 'ent') return p < t - 1;
  return u?.kind === 'tok' && !PASSIVE_OPENER.test(u.token.lower);
}

export function passiveReading(units: Unit[], t: number): FundingReading | null {
  if (!BACKED_PARTICIPLE.test(lowerAt(units, t))) return null;
  let k = t + 1;
  while (k <= t + MAX_UNITS_BEFORE_AGENT && units[k]?.kind === 'tok' && !isTok(units, k, /^(par|by|,)$/)) k++;
  if (!isTok(units, k, /^(par|by)$/)) return null;
  const cs = clauseStart(units, t);
  const ce = sentenceClauseEnd(units, t);
  if (refused(units, cs, ce, t)) return null;
  if (WEAK_BACKED_PARTICIPLE.test(lowerAt(units, t)) && notPassiveBacking(units, t)) return null;
  // "Sorelec équipe un projet financé par A": the participle belongs to the project, not to the company before it
  if (isTok(units, t - 1, BACKED_THING_RE)) return null;
  let g = k + 1;
  // "financed by a €60m round from A and B": the round brings its givers
  if (firstGiver(units, g, ce) < 0) {
    let n = g;
    while (n < ce && n - g < MAX_UNITS_TO_GIVERS && !isTok(units, n, /^(from|auprès|de|d'|du|des)$/)) n++;
    if (!hasWord(units, g, n, FUNDING_NOUN)) return null;
    g = n + 1;
    if (isTok(units, g, OF)) g++;
  }
  const first = firstGiver(units, g, ce);
  if (first < 0) return null;
  const src = listFrom(units, first, ce).filter((m) => giverOk(units, m));
  const subject = subjectOf(units, cs, t, false);
  if (subject.length > 1) return null;
  const money = subject.length === 0 ? moneySubject(units, cs, t) : null;
  if (subject.length === 0 && money === null && !hasMoney(units, cs, t)) return null;
  const reading = { src, tgt: subject[0] ?? null, start: subject[0] ?? t };
  return money !== null ? { ...reading, moneySubject: money } : reading;
}
