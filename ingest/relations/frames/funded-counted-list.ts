import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isTok, lowerAt } from './funded-clause';
import { ROUND_WORD } from './funded-words';

/**
 * Investors counted, then named after a colon, each with what the press adds about it: "Trois fonds accompagnent
 * la série A de 18 M€ de Payvia, … : Elaia, qui mène l'opération, Serena et Kima Ventures", "Quatre investisseurs
 * participent au tour : A, qui le mène, B, au travers de son fonds santé, le fonds lyonnais C et le laboratoire D",
 * "The company also brought in three investors: Canada's A, the Dutch pension manager B and C, the commercial
 * arm of D". The list's members are the names heading its items; a relative clause, a vehicle phrase or an
 * apposition naming an owner ("the arm of D") only describes the member before it. The count says where the list
 * ends: an item count that differs from it means the list was misread, and nothing is read. The company is the
 * one named before the colon ("la série A … de Payvia"), else the article's.
 */

/** Count words. */
const COUNT: ReadonlyMap<string, number> = new Map([
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['six', 6],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);
/**
 * Nouns of the counted group: the words without which the reader reads nothing (rule-screen.ts holds it back
 * from other sentences).
 */
export const COUNTED_LIST_START_WORDS =
  /^(investisseurs|fonds|financeurs|bailleurs|prêteurs|banques|actionnaires|souscripteurs|investors|backers|funds|lenders|banks|shareholders|financiers)$/;
const INVESTOR_NOUN = COUNTED_LIST_START_WORDS;
/** Most units between the count and its noun ("trois investisseurs", "three long-term investors"). */
const MAX_COUNT_TO_NOUN = 3;
/** Verbs of putting money in a group of investors is told with, besides a round word. */
const FUNDING_VERB =
  /^(accompagnent|participent|souscrivent|investissent|apportent|financent|misent|engagés|engagées|rejoignent|brought|joined|invested|backed|participated|subscribed|committed|put)$/;
/** Words opening an item that only describes the member before it. */
const DESCRIBING_ITEM =
  /^(qui|dont|which|who|that|whose|via|through|au|par|à|avec|with|déjà|already|lui|elle|also|aussi|également)$/;
/** Nouns of a part of another organisation: an item holding one and "of/de" names the owner ("the arm of D"). */
const PART_NOUN =
  /^(arm|bras|filiale|subsidiary|unit|division|branche|vehicle|véhicule|parent|owner|propriétaire|affiliate)$/;
/** Prepositions after a part noun. */
const OF = /^(of|de|du|d'|des)$/;
/** Words that join items. */
const JOIN = /^(,|et|and)$/;

interface CountedList {
  members: number[];
  /** The unit of the company named before the colon, or -1. */
  company: number;
}

/** The count and the colon of a counted group of investors, or null. */
function countedGroup(units: Unit[]): { count: number; at: number; colon: number } | null {
  const colon = units.findIndex((u) => u.kind === 'tok' && u.token.text === ':');
  if (colon < 0) return null;
  for (let k = 0; k < colon; k++) {
    const count = COUNT.get(lowerAt(units, k));
    if (count === undefined) continue;
    for (let n = k + 1; n <= k + MAX_COUNT_TO_NOUN && n < colon; n++)
      if (isTok(units, n, INVESTOR_NOUN)) return { count, at: k, colon };
  }
  return null;
}

/** A part noun followed by "of/de" in [from, to). */
function partOf(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (isTok(units, k, PART_NOUN) && isTok(units, k + 1, OF)) return true;
  return false;
}

/** The name heading the item starting at `from` (up to `to`), or -1 when the item only describes. */
function itemHead(units: Unit[], from: number, to: number): number {
  if (isTok(units, from, DESCRIBING_ITEM)) return -1;
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (u.kind !== 'ent') continue;
    // "the commercial arm of the state-owned D": an apposition naming an owner
    if (partOf(units, from, k)) return -1;
    // "Canada's A": the possessor only says where the member is from
    if (isTok(units, k + 1, /^('s|’s)$/)) continue;
    return u.orgs || u.persons ? k : -1;
  }
  return -1;
}

/** The members listed after the colon, when as many as counted, and the company named before it. */
function countedList(units: Unit[]): CountedList | null {
  const group = countedGroup(units);
  if (group === null) return null;
  let told = false;
  for (let k = 0; k < group.colon; k++) told ||= isTok(units, k, ROUND_WORD) || isTok(units, k, FUNDING_VERB);
  if (!told) return null;
  const members: number[] = [];
  let from = group.colon + 1;
  for (let k = from; k <= units.length; k++) {
    const end = k === units.length || isTok(units, k, /^[.;]$/);
    if (!end && !isTok(units, k, JOIN)) continue;
    if (k > from) {
      const head = itemHead(units, from, k);
      if (head >= 0) members.push(head);
    }
    if (end) break;
    from = k + 1;
  }
  if (members.length !== group.count) return null;
  let company = -1;
  for (let k = group.at + 1; k < group.colon; k++) {
    const u = units[k];
    // a name seen once is still the company here: only the count word itself may open the sentence
    if (u.kind === 'ent' && u.orgs && !u.anaphor) {
      // two companies before the colon: which one the group funds is not said
      if (company >= 0) return { members, company: -1 };
      company = k;
    }
  }
  return { members, company };
}

function ents(units: Unit[], members: number[]): number[] {
  return members.flatMap((m) => (units[m] as { ents: number[] }).ents);
}

function namedCompany(units: Unit[]): Captures[] {
  const list = countedList(units);
  if (list === null || list.company < 0) return [];
  const tgt = (units[list.company] as { ents: number[] }).ents;
  const src = ents(units, list.members).filter((e) => !tgt.includes(e));
  return src.length === 0
    ? []
    : [{ src, '#src': [list.members[0]], tgt, '#tgt': [list.company], [MATCH_START]: [list.members[0]] }];
}

function articleCompany(units: Unit[]): Captures[] {
  const list = countedList(units);
  if (list === null || list.company >= 0) return [];
  return [{ src: ents(units, list.members), '#src': [list.members[0]], [MATCH_START]: [list.members[0]] }];
}

export const COUNTED_LIST_FRAMES = readerRules([
  {
    id: 'any.funded.counted-list',
    type: 'FUNDED',
    neededWordPattern: COUNTED_LIST_START_WORDS,
    read: namedCompany,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'any.funded.counted-list-topic',
    type: 'FUNDED',
    neededWordPattern: COUNTED_LIST_START_WORDS,
    read: articleCompany,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
]);
