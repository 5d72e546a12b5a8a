import type { Captures, Unit } from '../pattern';
import { isLeaderTitle } from '../people';
import { idsAt } from './founders-clause';
import { captures } from './founders-founded';
import { quoted } from './leads-aside-names';
import { readSpeakerLeadsTopic, speakerTitle } from './leads-speaker';

/**
 * "“We intend to be the price leader,” chief executive P told the Financial Times": the quotation's "we" was
 * already read as the speaker's own company (speaker.ts), which is the company the bare title heads. The article's
 * topic, which the topic reader would give instead, is often the buyer, the rival or the investor of the story.
 */

/** Words one of which a leader's title holds: a sentence without any is not read (rule-screen.ts). */
export const SPEAKER_LEADER_WORDS =
  /^(p-?dg|président|présidente|directeur|directrice|dg|ceo|chief|chairman|chairwoman|chair|president|managing|head|boss|patron|patronne|gérant|gérante)$/u;

/** A pointer for "the title's own company" is the sentence's possessive: speakerOfPointer reads it. */
const POINTER_TITLE = /(^|\s)its(\s|$)/;

/**
 * The one company the pointers inside the sentence's quotation stand for (a first-person "we", "our", "nous"), as a
 * unit index, or -1 when the quotation holds none or points at two companies.
 */
export function quotedSpeakerOrg(units: Unit[]): number {
  const inQuote = quoted(units);
  let at = -1;
  for (const [k, u] of units.entries()) {
    if (!inQuote[k] || u.kind !== 'ent' || !u.anaphor || !u.orgs || u.persons) continue;
    const first = units[at];
    if (
      first?.kind === 'ent' &&
      (first.ents.length !== u.ents.length || first.ents.some((e) => !u.ents.includes(e)))
    )
      return -1;
    if (at < 0) at = k;
  }
  return at;
}

/** The titled speaker of a quotation heads the company the quotation's "we" stands for. */
export function readSpeakerOfQuotedCompany(units: Unit[]): Captures[] {
  const org = quotedSpeakerOrg(units);
  if (org < 0) return [];
  const out: Captures[] = [];
  units.forEach((_, p) => {
    const title = speakerTitle(units, p);
    if (title === null || POINTER_TITLE.test(title) || !isLeaderTitle(title)) return;
    out.push(captures(idsAt(units, p), p, idsAt(units, org), org, p));
  });
  return out;
}

/**
 * The topic reading of a titled speaker (leads-speaker.ts), left out when the quotation already says whose title it
 * is: the two would give the speaker two companies.
 */
export function readSpeakerLeadsTopicUnquoted(units: Unit[]): Captures[] {
  return quotedSpeakerOrg(units) >= 0 ? [] : readSpeakerLeadsTopic(units);
}
