import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { appositionEnd, isOblique } from '../syntax';
import { DEAL_READER_CONFIDENCE, entsAt, isOrgAt, isStrongStop, wordAt } from './clause';
import { anyWordOf } from './word-cue';

/**
 * The company that speaks owns the deal its report is about: "A said the state court overturned its proposed
 * acquisition of B", "A said the regulator urged quick approval of its planned purchase of B". Wire copy names a
 * court, an agency or a rival as the grammatical subject, yet "its" points back to the speaker, the buyer.
 * English only (French reports put the speaker after the clause: "…, a indiqué A").
 */

const REPORTING = /^(said|says)$/;
const POSSESSIVE = /^its$/;
/** Words that may stand between "its" and the deal noun. */
const DEAL_QUALIFIERS =
  /^(proposed|planned|pending|possible|previously|announced|previously-announced|agreed|intended|contemplated|earlier|hostile|friendly|recent)$/;
const DEAL_NOUNS = /^(acquisition|purchase|takeover|buyout)$/;
const OF = /^of$/;
const DETERMINERS = /^(the|a|an)$/;
/** Most units from the reporting word to "its": the subject and verb phrase of the reported clause. */
const MAX_REPORTED_CLAUSE_UNITS = 20;
/** Most qualifiers between "its" and the deal noun. */
const MAX_QUALIFIERS = 2;

/** Most units from an apposition's opening comma back from the comma before "said". */
const MAX_APPOSITION_UNITS = 16;

/**
 * The unit of the speaker before the reporting word at `said`: the name right before it, or the name before an
 * apposition that ends there ("SPI Holding Inc, a group consisting of A and B, said …").
 */
function speakerBefore(units: Unit[], said: number): number {
  if (wordAt(units, said - 1) !== ',') return said - 1;
  for (let c = said - 2; c > 0 && said - 1 - c <= MAX_APPOSITION_UNITS; c--)
    if (wordAt(units, c) === ',') return appositionEnd(units, c) === said - 1 ? c - 1 : -1;
  return -1;
}

/** Index of the deal noun governed by the "its" at `k`, or -1. */
function dealNounAfter(units: Unit[], k: number): number {
  let j = k + 1;
  for (let q = 0; q < MAX_QUALIFIERS && DEAL_QUALIFIERS.test(wordAt(units, j)); q++) j++;
  return DEAL_NOUNS.test(wordAt(units, j)) ? j : -1;
}

function readSpeakerDeals(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let said = 1; said < units.length; said++) {
    if (!REPORTING.test(wordAt(units, said))) continue;
    const speaker = speakerBefore(units, said);
    if (speaker < 0 || !isOrgAt(units, speaker) || isOblique(units, speaker)) continue;
    let between = false;
    for (let k = said + 1; k < units.length && k - said <= MAX_REPORTED_CLAUSE_UNITS; k++) {
      if (isStrongStop(units, k) || REPORTING.test(wordAt(units, k))) break;
      if (units[k].kind === 'ent') between = true;
      if (!POSSESSIVE.test(wordAt(units, k))) continue;
      const noun = dealNounAfter(units, k);
      if (noun < 0) break;
      // with no name in the reported clause "its" is the speaker's anyway, and the pattern rules read it
      if (!between) break;
      let t = noun + 1;
      if (!OF.test(wordAt(units, t))) break;
      t++;
      if (DETERMINERS.test(wordAt(units, t))) t++;
      if (!isOrgAt(units, t)) break;
      const src = entsAt(units, speaker);
      const tgt = entsAt(units, t);
      if (src.some((e) => tgt.includes(e))) break;
      out.push({ src, tgt, '#src': [speaker], '#tgt': [t], [MATCH_START]: [speaker] });
      break;
    }
  }
  return out;
}

export const ACQUIRED_SPEAKER_FRAMES = readerRules([
  {
    id: 'en.acquired.frame-speaker-its-deal',
    type: 'ACQUIRED',
    read: (units, lang) => (lang === 'en' ? readSpeakerDeals(units) : []),
    // every reading goes through "its" (POSSESSIVE)
    neededWordPattern: anyWordOf([POSSESSIVE]),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
