import type { Unit } from './pattern';

/**
 * Words after which a name or pronoun opens a reported clause as its subject: "X said it bought the shares,
 * giving it …", "X said that Y bought …", "X a indiqué qu'il a acquis …". Such a party is never the object of
 * the earlier name's verb, so a participle clause further on ("…, giving it a 21.7 pct stake in Z") goes on with
 * it, as it does with any clause subject.
 */
const REPORTED_CLAUSE_OPENERS =
  /^(said|says|say|announced|announces|reported|reports|disclosed|discloses|added|adds|stated|states|confirmed|confirms|that|qu'|qu’|que)$/u;

/** Unit `i` stands right after a reporting verb or "that"/"que": it is the subject of the reported clause. */
export function opensReportedClause(units: Unit[], i: number): boolean {
  const before = units[i - 1];
  return before?.kind === 'tok' && REPORTED_CLAUSE_OPENERS.test(before.token.lower);
}
