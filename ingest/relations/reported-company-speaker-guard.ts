import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import {
  readSpeakerOfReportedCompany,
  REPORTED_COMPANY_SPEAKER_RULE,
} from './frames/leads-speaker-reported-company';

/**
 * A titled speaker who reports the plans of the company opening the reported clause ("Chief Executive P told
 * Reuters that Y expected … its …") heads that company (frame.leads.speaker-reported-company). A LEADS match giving
 * the same speaker another company, or the article's topic left unresolved, is refused: the two would give one
 * bare title two companies.
 */

/** Words one of which the reported clause opens with: a sentence without any is not read. */
const THAT_WORD = /^(that|que|qu')$/;

/** The reported-company readings of a sentence, read once whatever the number of matches asking. */
const readings = new WeakMap<Unit[], Captures[]>();

function reportedSpeakers(units: Unit[]): Captures[] {
  let known = readings.get(units);
  if (known === undefined) {
    const hasThat = units.some((u) => u.kind === 'tok' && THAT_WORD.test(u.token.lower));
    known = hasThat ? readSpeakerOfReportedCompany(units) : [];
    readings.set(units, known);
  }
  return known;
}

/** A LEADS match for a reported-company speaker naming another company or none yet (a topic reading). */
export function speakerOfReportedCompanyElsewhere(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'LEADS' || rule.id === REPORTED_COMPANY_SPEAKER_RULE || !rule.source) return false;
  const people = caps[rule.source] ?? [];
  if (people.length === 0) return false;
  const targets = rule.target ? (caps[rule.target] ?? []) : [];
  return reportedSpeakers(units).some(
    (r) => r.p.some((e) => people.includes(e)) && !r.org.some((e) => targets.includes(e)),
  );
}
