import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { namesCompanyOutsideAsides } from './leads-aside-names';

/**
 * "…, a expliqué le président du conseil de surveillance, Hugues Delorme, ancien patron des Forges de Bourgogne",
 * "Le président du directoire, P, a salué …", "said the chairman of the supervisory board, P": a chair's title
 * naming the board and no company is the chair of the article's company's own board, who heads it as the gold format
 * counts one. The title may stand anywhere in the sentence (after a quote and its verb of saying, most often); a
 * company named only in the person's own aside after the name ("associé du fonds X", "ancien patron de Y") is the
 * person's other tie and leaves the board the article's company's. A board followed by "de X"/"of X" is X's, which the
 * pattern rules read.
 */

const DETERMINER = /^(le|la|l'|the)$/;
const CHAIR_TITLE = /^(président|présidente|chairman|chairwoman|chair|president)$/;
/** Start words of the reader, for the rule screen: the chair's title. */
export const BOARD_CHAIR_TITLE_START_WORDS = [
  'président',
  'présidente',
  'chairman',
  'chairwoman',
  'chair',
  'president',
];

/** Index right after the board named from `k` ("du conseil de surveillance", "of the supervisory board"), or -1. */
function boardEnd(units: Unit[], k: number): number {
  const w = (d: number) => wordAt(units, k + d) ?? '';
  if (w(0) === 'du') {
    if (w(1) === 'directoire') return k + 2;
    if (w(1) !== 'conseil') return -1;
    if (w(2) === "d'administration") return k + 3;
    if (/^(d'|de)$/.test(w(2)) && /^(administration|surveillance)$/.test(w(3))) return k + 4;
    return -1;
  }
  if (w(0) === 'of' && w(1) === 'the') {
    if (w(2) === 'board') return k + 3;
    if (w(2) === 'supervisory' && w(3) === 'board') return k + 4;
  }
  return -1;
}

/** The person the chair's title at `t` is apposed to ("le président du conseil de surveillance, P"), or -1. */
function chairNamed(units: Unit[], t: number): number {
  if (!CHAIR_TITLE.test(wordAt(units, t) ?? '')) return -1;
  // "said the chairman of the board, P": the determiner may have been read as a pointer to a person already
  const before = units[t - 1];
  const pointer = before?.kind === 'ent' && before.anaphor && before.persons;
  if (!pointer && !DETERMINER.test(wordAt(units, t - 1) ?? '')) return -1;
  const end = boardEnd(units, t + 1);
  if (end < 0) return -1;
  const p = wordAt(units, end) === ',' ? end + 1 : end;
  return isPersonAt(units, p) ? p : -1;
}

function readBoardChairTitle(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const p = chairNamed(units, t);
    if (p < 0) return;
    // names after the person's comma are the person's own aside; one before is a company the title may be of
    const asideFrom = wordAt(units, p + 1) === ',' ? p + 1 : units.length;
    if (namesCompanyOutsideAsides(units, (k) => k > asideFrom)) return;
    out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [t - 1] });
  });
  return out;
}

export const BOARD_CHAIR_TITLE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.board-chair-title-topic',
    type: 'LEADS',
    read: readBoardChairTitle,
    neededWords: BOARD_CHAIR_TITLE_START_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    // level with the other topic readers, below every pattern rule
    confidence: 0.65,
  },
];
