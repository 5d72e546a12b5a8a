import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';
import { NEGATION } from './founders-words';

/**
 * LEADS from a person chairing a company's board told by a possessive: "il préside toujours son conseil de
 * surveillance", "Dr. Bingham chairs its board", "P, ancien patron de X, préside son conseil d'administration". The
 * chair of a company's own board heads it as the gold format counts one; the possessive is the company the
 * sentence named before the person (not one inside the person's apposition, an earlier employer), else the
 * article's company.
 */

/** Present verbs of chairing: a past one ("chaired", "présidait") tells a post held before, often elsewhere. */
const CHAIRS = /^(préside|co-?préside|chairs|co-chairs|presides)$/;
/** Words of time or addition between the verb and the possessive ("préside toujours", "presides over"). */
const BETWEEN =
  /^(toujours|désormais|aujourd'hui|actuellement|également|aussi|encore|over|now|still|also|currently)$/;
const POSSESSIVE = /^(son|sa|its)$/;
const BOARD = /^(conseil|directoire|board|supervisory)$/;
/** "ne préside plus", "no longer chairs": the post is over. */
const OVER = /^(plus|longer)$/;
/** Most units between the person and the verb ("Rajiv Menon stepped down as chief executive in 2023 and now"). */
const MAX_SUBJECT_GAP = 14;

/** A definite board with no company after it is the article's company's ("still chairs the supervisory board"). */
const DEFINITE = /^(the|le)$/;
/** Words a board's name may run on with ("conseil de surveillance", "conseil d'administration", "supervisory board"). */
const BOARD_TAIL = /^(board|supervisory|conseil|de|d'|surveillance|administration|directoire)$/;
const OF = /^(of|de|du|d'|des|at|chez)$/;

/** Whether the definite board at `k` is followed by a company ("the board of X", "le conseil de surveillance de X"). */
function namesOtherBoard(units: Unit[], k: number): boolean {
  let j = k + 1;
  while (j < units.length && j <= k + 4 && BOARD_TAIL.test(wordAt(units, j) ?? '')) j++;
  const last = wordAt(units, j - 1) ?? '';
  if (OF.test(last) && units[j]?.kind === 'ent') return true;
  return OF.test(wordAt(units, j) ?? '') || units[j]?.kind === 'ent';
}

/**
 * A definite board a company has ("the board", "the supervisory board", "le conseil de surveillance", "le conseil
 * d'administration", "le directoire"), not a public body ("le conseil régional").
 */
function isCompanyBoard(units: Unit[], k: number): boolean {
  const a = wordAt(units, k + 1) ?? '';
  const b = wordAt(units, k + 2) ?? '';
  const c = wordAt(units, k + 3) ?? '';
  if (a === 'board' || a === 'directoire') return true;
  if (a === 'supervisory') return b === 'board';
  return a === 'conseil' && (b === 'de' || b === "d'") && /^(surveillance|administration)$/.test(c);
}

/** Index of the possessive after the chairing verb at `t` ("préside toujours son conseil"), or -1. */
function ownBoardAfter(units: Unit[], t: number): number {
  let k = t + 1;
  while (k < t + 3 && BETWEEN.test(wordAt(units, k) ?? '')) k++;
  const det = wordAt(units, k) ?? '';
  if (!BOARD.test(wordAt(units, k + 1) ?? '')) return -1;
  if (POSSESSIVE.test(det)) return k;
  return DEFINITE.test(det) && isCompanyBoard(units, k) && !namesOtherBoard(units, k) ? k : -1;
}

/** The person nearest before the verb in its own clause (no negation on the way), or -1. */
function chairBefore(units: Unit[], t: number): number {
  for (let k = t - 1; k >= 0 && t - k <= MAX_SUBJECT_GAP; k--) {
    const w = wordAt(units, k) ?? '';
    if (NEGATION.test(w) || OVER.test(w) || w === ';' || w === ':') return -1;
    if (isPersonAt(units, k)) return k;
  }
  return -1;
}

/** The company a possessive after the person points to: the last named before the person, or -1. */
function ownerBefore(units: Unit[], p: number): number {
  for (let k = p - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !u.persons) return k;
  }
  return -1;
}

interface Chair {
  person: number;
  verb: number;
}

function chairsOfOwnBoard(units: Unit[]): Chair[] {
  const out: Chair[] = [];
  units.forEach((u, t) => {
    if (u.kind !== 'tok' || !CHAIRS.test(u.token.lower) || ownBoardAfter(units, t) < 0) return;
    if (OVER.test(wordAt(units, t + 1) ?? '')) return;
    const person = chairBefore(units, t);
    if (person >= 0) out.push({ person, verb: t });
  });
  return out;
}

/** "…, et il préside toujours son conseil de surveillance": the company named before the person in the sentence. */
function readChairsOwnBoard(units: Unit[]): Captures[] {
  return chairsOfOwnBoard(units).flatMap(({ person }) => {
    const org = ownerBefore(units, person);
    return org < 0
      ? []
      : [captures(idsAt(units, person), person, idsAt(units, org), org, Math.min(org, person))];
  });
}

/** "Dr. Bingham chairs its board": no company before the person in the sentence, the article's company. */
function readTopicChairsOwnBoard(units: Unit[]): Captures[] {
  return chairsOfOwnBoard(units).flatMap(({ person }) =>
    ownerBefore(units, person) >= 0
      ? []
      : [{ p: idsAt(units, person), '#p': [person], [MATCH_START]: [person] }],
  );
}

export const OWN_BOARD_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.chairs-own-board',
    type: 'LEADS',
    read: readChairsOwnBoard,
    neededWords: ['son', 'sa', 'its', 'the', 'le'],
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
  {
    id: 'frame.leads.chairs-own-board-topic',
    type: 'LEADS',
    read: readTopicChairsOwnBoard,
    neededWords: ['son', 'sa', 'its', 'the', 'le'],
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: 0.65,
  },
];
