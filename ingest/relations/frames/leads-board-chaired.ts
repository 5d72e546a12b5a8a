import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { idsAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS of the article's company from the chair of a board the sentence does not attach to any company: "The
 * board is chaired by P", "Le conseil de surveillance est présidé par P", "Le conseil d'administration reste
 * présidé par P", "P, a former Sandvik executive who has chaired the board since 2019". A board with no owner is
 * the company the story is about; the only companies such a sentence may name are the chair's former employers
 * ("ancien directeur général de Dalkia"), told after the chair's name: a company named before it may own the board.
 */

/** Nouns of a company's board; "directoire" is the French management board, whose chair is the chief executive. */
const BOARD = /^(board|conseil|directoire)$/;
/** Words that may complete the board's name ("conseil d'administration", "supervisory board of directors"). */
const BOARD_KIND = /^(d'|de|administration|surveillance|of|directors)$/;
/** Words opening the board's noun group. */
const BOARD_DETERMINER = /^(the|le|its|son)$/;
/** Auxiliaries and copulas of a present or future passive; a past one ("was", "était") tells an earlier chair. */
const PASSIVE_AUX =
  /^(is|est|reste|remains|demeure|has|have|been|a|été|sera|will|be|désormais|still|now|toujours|currently|actuellement)$/;
const CHAIRED = /^(chaired|présidé|présidée|co-chaired|coprésidé|coprésidée)$/;
const BY = /^(by|par)$/;
/** Words of a time phrase ("depuis 2021", "since March") between the participle and the agent. */
const SINCE = /^(since|depuis)$/;
/** Most words of such a time phrase, its opening word included. */
const MAX_TIME_WORDS = 4;
/** Most words of a chair's title before the name ("by chairman P", "par son président P"). */
const MAX_TITLE_WORDS = 3;
/** Relative pronouns opening the chair's clause after the name and its apposition. */
const RELATIVE = /^(who|qui)$/;
/** Perfect auxiliaries: "has chaired the board since" is a post still held. */
const PERFECT = /^(has|a)$/;
/** Present verbs of chairing. */
const CHAIRS = /^(chairs|préside)$/;
/** Adverbs between the relative and the verb ("who still chairs", "qui préside toujours"). */
const ADVERB = /^(still|now|also|currently|toujours|désormais|aussi|également|actuellement)$/;
/** Most units between the chair's name and the relative pronoun of its apposition. */
const MAX_APPOSITION_UNITS = 10;
/** What may follow the board's name and keep it unattached to another company. */
const BOARD_END =
  /^([,.;]|since|depuis|and|et|while|tandis|until|jusqu'|jusqu'à|is|est|reste|remains|sera|will|has|a|demeure)$/;

/** Words one of which every sentence these readers read holds (the rule screen skips other sentences). */
export const BOARD_CHAIRED_NEEDED_WORDS: readonly string[] = ['chaired', 'présidé', 'présidée', 'co-chaired'];
export const RELATIVE_CHAIR_NEEDED_WORDS: readonly string[] = ['chaired', 'présidé', 'chairs', 'préside'];

/** Whether the sentence names a company before unit `k`: the board could then be that company's. */
function namesCompanyBefore(units: Unit[], k: number): boolean {
  return units.slice(0, k).some((u) => u.kind === 'ent' && u.orgs && !u.persons && !u.anaphor);
}

/** Index after the board's noun group starting at the noun `b` ("conseil de surveillance", "board of directors"). */
function afterBoardName(units: Unit[], b: number): number {
  let k = b + 1;
  while (k < units.length && BOARD_KIND.test(wordAt(units, k) ?? '')) k++;
  // "the board of X": the owner is named, so the pattern rules read it
  return /^(of|de|d')$/.test(wordAt(units, k - 1) ?? '') ? -1 : k;
}

/** Index after a time phrase opening at `k` ("depuis 2021", "since March 2019"), or `k` when there is none. */
function afterTimePhrase(units: Unit[], k: number, stop: RegExp): number {
  if (!SINCE.test(wordAt(units, k) ?? '')) return k;
  for (let j = k + 1; j < units.length && j - k <= MAX_TIME_WORDS; j++)
    if (stop.test(wordAt(units, j) ?? '')) return j;
  return k;
}

function isPointerAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.anaphor && u.orgs;
}

function personCapture(units: Unit[], p: number, start: number): Captures {
  return { p: idsAt(units, p), '#p': [p], [MATCH_START]: [start] };
}

/** The person after "by"/"par" at `k`, past a chair's title ("by chairman P"), or -1. */
function agentAfter(units: Unit[], k: number): number {
  const title: string[] = [];
  for (let j = k; j < units.length && title.length <= MAX_TITLE_WORDS; j++) {
    if (isPersonAt(units, j)) return title.length === 0 || isLeaderTitle(title.join(' ')) ? j : -1;
    const w = wordAt(units, j);
    if (w === null || w === ',') return -1;
    title.push(w);
  }
  return -1;
}

/** "The board is chaired by P", "Le conseil de surveillance est présidé depuis 2021 par P". */
export function readTopicBoardChairedBy(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, b) => {
    if (!BOARD.test(wordAt(units, b) ?? '')) return;
    const det = wordAt(units, b - 1) === 'supervisory' ? b - 2 : b - 1;
    if (!BOARD_DETERMINER.test(wordAt(units, det) ?? '')) return;
    let k = afterBoardName(units, b);
    if (k < 0) return;
    // "le conseil d'administration du groupe": a pointer at the company stands for it, as the topic does
    if (/^(du|of)$/.test(wordAt(units, k) ?? '') && isPointerAt(units, k + 1)) k += 2;
    const aux = k;
    while (k < units.length && PASSIVE_AUX.test(wordAt(units, k) ?? '')) k++;
    if (k === aux || !CHAIRED.test(wordAt(units, k) ?? '')) return;
    k = afterTimePhrase(units, k + 1, BY);
    if (!BY.test(wordAt(units, k) ?? '')) return;
    const p = agentAfter(units, k + 1);
    if (p >= 0 && !namesCompanyBefore(units, p)) out.push(personCapture(units, p, det));
  });
  return out;
}

/** The person a relative at `r` is apposed to ("P, a former Sandvik executive who"), or -1. */
function personBeforeRelative(units: Unit[], r: number): number {
  for (let j = r - 1; j >= 0 && r - j <= MAX_APPOSITION_UNITS; j--) {
    if (isPersonAt(units, j)) return j;
    if (/^[;:.!?()«»"]$/.test(wordAt(units, j) ?? '')) return -1;
  }
  return -1;
}

/** "P, …, who has chaired the board since 2019", "P, qui préside toujours le conseil de surveillance". */
export function readTopicRelativeChairsBoard(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, r) => {
    if (!RELATIVE.test(wordAt(units, r) ?? '')) return;
    let k = r + 1;
    const perfect = PERFECT.test(wordAt(units, k) ?? '');
    if (perfect) k++;
    while (ADVERB.test(wordAt(units, k) ?? '')) k++;
    if (!(perfect ? CHAIRED : CHAIRS).test(wordAt(units, k) ?? '')) return;
    k++;
    while (ADVERB.test(wordAt(units, k) ?? '')) k++;
    // "who chairs its board": the possessive's company is read by leads-own-board.ts
    if (!/^(the|le)$/.test(wordAt(units, k) ?? '') || !BOARD.test(wordAt(units, k + 1) ?? '')) return;
    const end = afterBoardName(units, k + 1);
    if (end < 0 || (end < units.length && !BOARD_END.test(wordAt(units, end) ?? ''))) return;
    // "has chaired the board" without "since" may be a post held before and left
    if (perfect && !SINCE.test(wordAt(units, end) ?? '')) return;
    const p = personBeforeRelative(units, r);
    if (p >= 0 && !namesCompanyBefore(units, p)) out.push(personCapture(units, p, p));
  });
  return out;
}
