import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { isOblique } from '../syntax';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
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
    if (!isPersonAt(units, p) || isOblique(units, p)) return;
    let k = p + 1;
    // "Le directeur financier, P, assurera …": the comma closing an apposition
    if (wordAt(units, k) === ',' && wordAt(units, p - 1) === ',') k++;
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
      if (!isLeaderTitle(rest)) return;
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
