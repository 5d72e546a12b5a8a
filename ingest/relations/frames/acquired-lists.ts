import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { describedMemberAfter } from './acquired-after-list';
import { subjectIsNoBuyer } from './acquired-triggers';
import {
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  subjectBefore,
  wordAt,
} from './clause';

/**
 * A buyer's acquisitions listed after a plural deal noun: "X has made three acquisitions this year, including A
 * and B", "X's acquisitions include A and B", "X a multiplié les rachats, dont ceux de A et de B", "plusieurs
 * acquisitions, parmi lesquelles A et B". Each listed company is one the buyer bought.
 */

const PLURAL_DEAL_NOUNS = /^(acquisitions|purchases|takeovers|buyouts|rachats|reprises)$/;
/** Words that open the list of what the noun counts. */
const LIST_OPENERS = /^(including|include|includes|included|notamment|dont|lesquelles|lesquels|comme)$/;
/** Words that may stand between the noun and the list opener ("this year", "en deux ans", "parmi"). */
const MAX_NOUN_TO_LIST_UNITS = 6;
/** Words joining list members ("A, B et de C", "celles de A et de B"), and the year each was bought ("A in 2022, B in
 * 2023", "A en 2022, puis B"). */
const MEMBER_JOINS =
  /^(,|et|and|de|d'|du|des|of|the|le|la|l'|celles|celle|ceux|celui|that|those|in|en|puis|then|(?:19|20)\d\d)$/;
/** "the purchases of A and B", "ses rachats de A et de B": the preposition right after the noun opens the list. */
const OF_OPENERS = /^(of|de|d'|des|du)$/;
/** An agent after the list makes its members someone else's purchases ("the purchases of A and B by C"). */
const AGENT_WORDS = /^(by|par)$/;
/** Longest run of joining words between two members. */
const MAX_JOIN_UNITS = 4;
/** Words before the noun that make the acquisitions someone else's or only possible ("potential acquisitions"). */
const NOT_DONE =
  /^(potential|possible|future|further|more|other|potentielles|futures|nouvelles|éventuelles|d'autres|autres)$/;

/** The buyer: a possessor before the noun ("X's acquisitions"), else the clause's subject. */
function buyerOf(units: Unit[], noun: number): number {
  if (wordAt(units, noun - 1) === "'s" && isOrgAt(units, noun - 2)) return noun - 2;
  return subjectBefore(units, noun);
}

/** The list opener within a few units after the noun, or -1. */
function listOpener(units: Unit[], noun: number): number {
  if (OF_OPENERS.test(wordAt(units, noun + 1))) return noun + 1;
  for (let k = noun + 1; k < units.length && k - noun <= MAX_NOUN_TO_LIST_UNITS; k++) {
    if (LIST_OPENERS.test(wordAt(units, k))) return k;
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return -1;
  }
  return -1;
}

/** The organisations listed after the opener at `opener`, in order. */
function members(units: Unit[], opener: number): number[] {
  const out: number[] = [];
  let joins = 0;
  for (let k = opener + 1; k < units.length; k++) {
    if (isOrgAt(units, k)) {
      out.push(k);
      joins = 0;
      continue;
    }
    // "including route-optimization specialist A", "and the Polish haulier B": a descriptor before the member
    const described =
      joins === 0 || MEMBER_JOINS.test(wordAt(units, k - 1)) ? describedMemberAfter(units, k - 1) : -1;
    if (described > k) {
      out.push(described);
      joins = 0;
      k = described;
      continue;
    }
    if (units[k].kind === 'ent' || !MEMBER_JOINS.test(wordAt(units, k)) || ++joins > MAX_JOIN_UNITS) {
      if (AGENT_WORDS.test(wordAt(units, k))) return [];
      break;
    }
  }
  return out;
}

function readAcquisitionLists(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!PLURAL_DEAL_NOUNS.test(wordAt(units, i)) || negatedBefore(units, i)) continue;
    if (NOT_DONE.test(wordAt(units, i - 1))) continue;
    const opener = listOpener(units, i);
    if (opener < 0) continue;
    const buyer = buyerOf(units, i);
    // "X a financé / conseillé / bloqué plusieurs rachats, dont …": X did not buy
    if (buyer < 0 || subjectIsNoBuyer(units, buyer, i)) continue;
    const s = entsAt(units, buyer);
    for (const m of members(units, opener)) {
      const g = entsAt(units, m);
      if (s.some((e) => g.includes(e))) continue;
      out.push({ src: s, tgt: g, '#src': [buyer], '#tgt': [m], [MATCH_START]: [buyer] });
    }
  }
  return out;
}

/** ACQUIRED read from a list of a buyer's acquisitions (both languages). */
export const ACQUIRED_LIST_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-list',
    type: 'ACQUIRED',
    read: readAcquisitionLists,
    // a reading starts at a plural deal noun: other sentences are not read (rule-screen.ts)
    neededWordPattern: new RegExp(PLURAL_DEAL_NOUNS.source, 'u'),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
