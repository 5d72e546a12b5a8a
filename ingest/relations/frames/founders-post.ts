import type { Captures, Unit } from '../pattern';
import { LEAVING } from '../leader-left-relative-guard';
import { isLeaderTitle } from '../people';
import { GAP_STOPS, isOblique, STRICT_GAP_STOPS } from '../syntax';
import { wordOrLoneNameAt } from './clause';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';
import { ADVERB, HOLDS_POST, RELATIVE } from './founders-words';

/** LEADS told as a post the person holds or held: "P était jusqu'ici DG de X", "P, who has been chairman of X". */

/** Most words between the person's verb and "de"/"of" ("jusqu'ici directeur général"). */
const MAX_POST_WORDS = 7;

/** Participles of being given a post, read after the verb of holding it ("has been promoted to", "was named"). */
const GIVEN_POST =
  /^(promoted|named|appointed|elected|made|nommé|nommée|promu|promue|élu|élue|désigné|désignée)$/;
/** The word that links a verb of holding or being given a post to the title ("served as", "promoted to"). */
const POST_LINK = /^(as|to|comme|au)$/;

/** The index after the verb of holding a post that follows the person at `p` (", who" may come between), or -1. */
function afterPostVerb(units: Unit[], p: number): number {
  let k = p + 1;
  if (wordAt(units, k) === ',' && RELATIVE.test(wordAt(units, k + 1) ?? '')) k += 2;
  // "Her successor, P, has been chief executive of X since May": the comma closing an apposition
  else if (wordAt(units, k) === ',' && wordAt(units, p - 1) === ',') k++;
  // "P previously served as": one adverb before the verb
  if (ADVERB.test(wordAt(units, k) ?? '') && HOLDS_POST.test(wordAt(units, k + 1) ?? '')) k++;
  if (!HOLDS_POST.test(wordAt(units, k) ?? '')) return -1;
  while (HOLDS_POST.test(wordAt(units, k + 1) ?? '')) k++;
  k++;
  if (ADVERB.test(wordAt(units, k) ?? '') && GIVEN_POST.test(wordAt(units, k + 1) ?? '')) k++;
  if (GIVEN_POST.test(wordAt(units, k) ?? '')) k++;
  // "P has stepped down as head of X", "P a quitté la direction de X": the post is one left, not held
  if (LEAVING.test(wordAt(units, k) ?? '')) return -1;
  if (POST_LINK.test(wordAt(units, k) ?? '')) k++;
  return k;
}

/** Words that may follow a comma inside one list of titles ("President, Chief Executive Officer and a Director"). */
const TITLE_LIST_WORD =
  /^(and|et|a|an|president|chief|chairman|chairwoman|ceo|director|treasurer|secretary|managing|executive|founder|co-founder|cofounder|member|senior|non-executive|président|présidente|directeur|directrice|administrateur|administratrice|gérant|gérante|fondateur|fondatrice|cofondateur|cofondatrice)$/;
/** The board a chair belongs to ("Chairman of the Board (of Directors)", "président du conseil d'administration"). */
const BOARD = /^(board|conseil)$/;
/** What may name the board after it ("of Directors", "d'administration", "de surveillance"). */
const BOARD_KIND = /^(directors|trustees|administration|surveillance)$/;

/** The index after "the Board (of Directors)" / "du conseil (d'administration)" standing at `k`, or -1. */
function afterBoard(units: Unit[], k: number): number {
  const j = /^(la|le|l'|the)$/.test(wordAt(units, k) ?? '') ? k + 1 : k;
  // a lone "Board" may have been taken for a name
  if (!BOARD.test(wordOrLoneNameAt(units, j) ?? '')) return -1;
  if (BOARD_KIND.test(wordAt(units, j + 1) ?? '')) return j + 2;
  if (/^(of|de|d')$/.test(wordAt(units, j + 1) ?? '') && BOARD_KIND.test(wordAt(units, j + 2) ?? ''))
    return j + 3;
  return j + 1;
}

/**
 * The organisation after the title words starting at `k` and the title's words, or null. A list of titles may run
 * over commas, and a chair's board is stepped over: "Chairman of the Board, President and Chief Executive Officer
 * of X", "Chairman of the Board of X" (X, never the board).
 */
function postOf(units: Unit[], k: number): { org: number; title: string } | null {
  const words: string[] = [];
  for (let j = k; j < units.length && words.length <= MAX_POST_WORDS; j++) {
    const w = wordAt(units, j);
    if (w === null) return null;
    if (/^(de|du|d'|of|at|chez)$/.test(w) && words.length > 0) {
      const board = afterBoard(units, j + 1);
      if (board >= 0) {
        words.push('of the board');
        j = board - 1;
        continue;
      }
      const at = /^(la|le|l'|the)$/.test(wordAt(units, j + 1) ?? '') ? j + 2 : j + 1;
      if (!isOrgAt(units, at)) return null;
      // "Chairman of the Board, President and CEO of X" with the board taken for a name: the list goes on to X
      const listGoesOn = wordAt(units, at + 1) === ',' && TITLE_LIST_WORD.test(wordAt(units, at + 2) ?? '');
      const later = listGoesOn ? postOf(units, at + 2) : null;
      return later ?? { org: at, title: words.join(' ') };
    }
    if (w === ',' && words.length > 0 && TITLE_LIST_WORD.test(wordAt(units, j + 1) ?? '')) continue;
    if (w === ',' || STRICT_GAP_STOPS.has(w)) return null;
    words.push(w);
  }
  return null;
}

export function readLeaderPost(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || isOblique(units, p)) return;
    const k = afterPostVerb(units, p);
    const post = k < 0 ? null : postOf(units, k);
    if (post && isLeaderTitle(post.title))
      out.push(captures(idsAt(units, p), p, idsAt(units, post.org), post.org, p));
  });
  return out;
}

/** "à la tête de", "at the helm of", "at the head of": the person heads what follows. */
const AT_HEAD = [/^(à|at)$/, /^(la|the)$/, /^(tête|helm|head)$/, /^(de|du|d'|des|of)$/];
/** Most words between the person and "à la tête de" (", qui est depuis 2015", ", who has been"). */
const MAX_BEFORE_HEAD_WORDS = 6;

function headPhraseAt(units: Unit[], k: number): boolean {
  return AT_HEAD.every((re, i) => re.test(wordAt(units, k + i) ?? ''));
}

/** "P, à la tête de X depuis 2015", "P, who has been at the helm of X since 2019". */
export function readAtHead(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || isOblique(units, p)) return;
    for (let k = p + 1; k < units.length && k - p <= MAX_BEFORE_HEAD_WORDS; k++) {
      if (headPhraseAt(units, k)) {
        const at = /^(la|le|l'|the)$/.test(wordAt(units, k + 4) ?? '') ? k + 5 : k + 4;
        if (isOrgAt(units, at)) out.push(captures(idsAt(units, p), p, idsAt(units, at), at, p));
        return;
      }
      const w = wordAt(units, k);
      const allowed =
        w !== null &&
        ((w === ',' && k === p + 1) ||
          RELATIVE.test(w) ||
          HOLDS_POST.test(w) ||
          ADVERB.test(w) ||
          /^(depuis|since|\d{4})$/.test(w));
      if (!allowed) return;
    }
  });
  return out;
}

/** "et reste à la tête de", "and remains at the helm of": a verb of staying that coordinates a second predicate. */
const STAYS = /^(reste|restera|demeure|demeurera|remains|remain|stays|stay)$/;
/** Most units between the subject and the "et"/"and" of its second predicate. */
const MAX_FIRST_PREDICATE_UNITS = 25;

/**
 * "P est nommé directeur de la zone … du groupe et reste à la tête de X": the sentence's subject, after a first
 * predicate naming no other person, still heads X.
 */
export function readStaysAtHead(units: Unit[]): Captures[] {
  const p = units.findIndex((u) => u.kind === 'ent');
  if (p < 0 || !isPersonAt(units, p) || isOblique(units, p)) return [];
  for (let k = p + 1; k < units.length && k - p <= MAX_FIRST_PREDICATE_UNITS; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.persons) return [];
    if (u.kind === 'tok' && (GAP_STOPS.has(u.token.text) || RELATIVE.test(u.token.lower))) return [];
    if (!/^(et|and)$/.test(wordAt(units, k) ?? '')) continue;
    let s = k + 1;
    if (wordAt(units, s) === 'will') s++;
    if (!STAYS.test(wordAt(units, s) ?? '') || !headPhraseAt(units, s + 1)) continue;
    const at = /^(la|le|l'|the)$/.test(wordAt(units, s + 5) ?? '') ? s + 6 : s + 5;
    return isOrgAt(units, at) ? [captures(idsAt(units, p), p, idsAt(units, at), at, p)] : [];
  }
  return [];
}
