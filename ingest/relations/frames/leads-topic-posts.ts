import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { isOblique } from '../syntax';
import { idsAt, isPersonAt, subjectPeopleBefore, wordAt } from './founders-clause';
import { NATIONALITY_ADJECTIVE } from './founders-words';

/**
 * LEADS of the article's company told in a sentence that names no company, so the post can be no one else's:
 * a fronted title ("La directrice générale, P, reste en poste"), a post taken over ("P assurera la direction
 * générale par intérim", "P will take the helm") and the chair of the company's own board ("Le conseil
 * d'administration, présidé par P", "The board, led by chairman P"). The target is the discourse's topic.
 */

/** Most words of a fronted title ("the new interim chief executive"). */
const MAX_FRONTED_TITLE_WORDS = 5;
/** Determiners that open a fronted title; "its"/"son" are pointers (units), read by the pattern rules instead. */
const TITLE_DETERMINER = /^(le|la|l'|the|notre|our)$/;
/** Words after a title that make it another body's ("directeur de la filiale", "head of sales"). */
const OTHER_BODY = /^(of|de|du|des|d'|at|chez|in|en|à|au|dans|for|pour)$/;
/** Verbs of taking over or holding a post, any person or tense used in news. */
const ASSUME_VERB =
  /^(assure|assurera|assurait|assurent|assureront|assumera|assume|assumes|assumed|prend|prendra|prenait|reprend|reprendra|take|takes|took|taking|will|would|keeps|keep|retains|conserve|conservera)$/;
/** The post itself: the company's direction, its chair, or an interim ("l'intérim en tant que PDG"). */
const HEAD_POST = /^(direction|présidence|helm|reins|chair|chairmanship|tête|intérim|interim)$/;
/** What may follow the post word and keep it the company's own: a board, "générale", a time or interim mark. */
const POST_TAIL =
  /^(générale|[,.;]|par|à|pour|until|jusqu'|jusqu'à|on|from|à|dès|while|pending|after|après|en|as)$/;
/**
 * What may follow "l'intérim" when no title is told, so that the interim is of the post the story is about (a
 * head's leaving): a time, or the end of the clause ("assure l'intérim depuis le départ de P", "since June").
 */
const INTERIM_TAIL = /^(depuis|jusqu'|jusqu'à|since|until|pending|[,.;])$/;
/** Relative pronouns whose clause tells the person's post ("P, qui assure l'intérim", "P, who will take the helm"). */
const RELATIVE_SUBJECT = /^(qui|who)$/;
/** Most words of an apposition stepped over after the person ("P, le directeur financier, assure"). */
const MAX_APPOSITION_WORDS = 5;

/** Index of the comma closing a plain-word apposition opened at `comma`, or `comma - 1` when there is none. */
function appositionEnd(units: Unit[], comma: number): number {
  for (let j = comma + 1; j < units.length && j - comma <= MAX_APPOSITION_WORDS + 1; j++) {
    const w = wordAt(units, j);
    if (w === null) return comma - 1;
    if (w === ',') return j > comma + 1 ? j : comma - 1;
    if (/^[;:.!?()«»"]$/.test(w)) return comma - 1;
  }
  return comma - 1;
}

/** Nouns of the company's board; its chair heads the company by the gold format ("chairman"). */
const BOARD = /^(conseil|board)$/;
const BOARD_KIND = /^(d'administration|d'|administration|de|surveillance|directors|the)$/;
const CHAIR_PARTICIPLE = /^(présidé|présidée|chaired|led|headed)$/;
const BY = /^(par|by)$/;
function namesCompany(units: Unit[]): boolean {
  return units.some((u) => u.kind === 'ent' && u.orgs);
}

function personCapture(units: Unit[], p: number, start: number): Captures {
  return { p: idsAt(units, p), '#p': [p], [MATCH_START]: [start] };
}

/** "La directrice générale, P, …", "The interim chief executive, P, said …": the title opens the sentence. */
export function readTopicFrontedTitle(units: Unit[]): Captures[] {
  if (namesCompany(units) || !TITLE_DETERMINER.test(wordAt(units, 0) ?? '')) return [];
  const words: string[] = [];
  let k = 1;
  for (; k < units.length && words.length <= MAX_FRONTED_TITLE_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null || w === ',' || OTHER_BODY.test(w)) break;
    words.push(w);
  }
  if (wordAt(units, k) !== ',' || words.length === 0 || words.length > MAX_FRONTED_TITLE_WORDS) return [];
  if (!isPersonAt(units, k + 1) || !isLeaderTitle(words.join(' '))) return [];
  // "Le président gabonais, P": a title with a nationality is a state's office, not the article's company's
  if (words.some((w) => NATIONALITY_ADJECTIVE.test(w))) return [];
  return [personCapture(units, k + 1, 0)];
}

/** "P assurera la direction générale par intérim", "P assurera l'intérim en tant que PDG", "P will take the helm". */
export function readTopicTakesPost(units: Unit[]): Captures[] {
  if (namesCompany(units)) return [];
  const out: Captures[] = [];
  units.forEach((_, p) => {
    if (!isPersonAt(units, p)) return;
    let k = p + 1;
    // "Le directeur financier, P, assurera …": the comma closing an apposition
    if (wordAt(units, k) === ',' && wordAt(units, p - 1) === ',') k++;
    // "P, le directeur financier, assure …": an apposition of plain words after the person
    else if (wordAt(units, k) === ',') k = appositionEnd(units, k) + 1;
    // "Elle succède à P, le directeur financier, qui assure l'intérim depuis juin": the relative's subject is the
    // person, whatever governs the name
    if (wordAt(units, k) === ',' && RELATIVE_SUBJECT.test(wordAt(units, k + 1) ?? '')) k++;
    const relative = RELATIVE_SUBJECT.test(wordAt(units, k) ?? '') && wordAt(units, k - 1) === ',';
    if (relative) k++;
    else if (isOblique(units, p)) return;
    if (!ASSUME_VERB.test(wordAt(units, k) ?? '')) return;
    k++;
    if (/^(take|assume|keep|retain|serve)$/.test(wordAt(units, k) ?? '')) k++;
    if (!/^(la|l'|the)$/.test(wordAt(units, k) ?? '')) return;
    const post = wordAt(units, k + 1) ?? '';
    if (!HEAD_POST.test(post)) return;
    const next = wordAt(units, k + 2);
    if (/^(intérim|interim)$/.test(post)) {
      // an interim of what: the title after "en tant que"/"de" must be a leader's ("l'intérim de la direction")
      const rest = units
        .slice(k + 2, k + 2 + MAX_FRONTED_TITLE_WORDS + 3)
        .map((_u, j) => wordAt(units, k + 2 + j) ?? '')
        .join(' ');
      if (!isLeaderTitle(rest) && !INTERIM_TAIL.test(wordAt(units, k + 2) ?? '.')) return;
    } else if (next !== null && !POST_TAIL.test(next)) return;
    else if (next === null && units[k + 2] !== undefined) return;
    out.push(personCapture(units, p, p));
  });
  return out;
}

/** "Le conseil d'administration, présidé par P, …", "The board, led by chairman P, …": the company's chair. */
export function readTopicBoardChair(units: Unit[]): Captures[] {
  if (namesCompany(units)) return [];
  const out: Captures[] = [];
  units.forEach((_, b) => {
    if (!BOARD.test(wordAt(units, b) ?? '')) return;
    let k = b + 1;
    while (BOARD_KIND.test(wordAt(units, k) ?? '') || wordAt(units, k) === 'of') k++;
    if (wordAt(units, k) === ',') k++;
    if (!CHAIR_PARTICIPLE.test(wordAt(units, k) ?? '') || !BY.test(wordAt(units, k + 1) ?? '')) return;
    k += 2;
    // "led by chairman P": a title before the name may only be a chair's
    const title: string[] = [];
    while (k < units.length && !isPersonAt(units, k) && title.length < MAX_FRONTED_TITLE_WORDS) {
      const w = wordAt(units, k);
      if (w === null || w === ',') return;
      title.push(w);
      k++;
    }
    if (!isPersonAt(units, k)) return;
    if (title.length > 0 && !isLeaderTitle(title.join(' '))) return;
    out.push(personCapture(units, k, b));
  });
  return out;
}

/** Present and future verbs of chairing: "P préside le conseil de surveillance", "P chairs the board". */
const CHAIRS = /^(préside|présidera|chairs|will)$/;
/** What may end the board's name and keep it the company's own (no "of X", "de la filiale"). */
const BOARD_END = /^([,.;]|depuis|since|et|and|while|tandis|alors|from|until|jusqu'|jusqu'à)$/;

/**
 * "Son frère, P, préside le conseil de surveillance", "P, qui préside le conseil d'administration, pilote …": the
 * chair of the company's own board, in a sentence that names no company (a pointer may stand there, never a name).
 */
export function readTopicChairsBoard(units: Unit[]): Captures[] {
  if (units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor)) return [];
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (!CHAIRS.test(wordAt(units, t) ?? '')) return;
    let k = t + 1;
    if (wordAt(units, t) === 'will' && wordAt(units, k++) !== 'chair') return;
    // "Son frère, P, préside": the comma closing an apposition stands before the verb
    const apposed = wordAt(units, t - 1) === ',' && isPersonAt(units, t - 2) && wordAt(units, t - 3) === ',';
    const subject = apposed ? { ids: idsAt(units, t - 2), at: t - 2 } : subjectPeopleBefore(units, t);
    if (!subject) return;
    if (!/^(le|the)$/.test(wordAt(units, k) ?? '')) return;
    if (!BOARD.test(wordAt(units, k + 1) ?? '')) return;
    k += 2;
    while (BOARD_KIND.test(wordAt(units, k) ?? '') || wordAt(units, k) === 'of') k++;
    const end = wordAt(units, k);
    if (k < units.length && (end === null || !BOARD_END.test(end))) return;
    out.push(personCapture(units, subject.at, subject.at));
  });
  return out;
}
