import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle, STATE_OFFICE_TITLE } from '../people';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { NATIONALITY_ADJECTIVE } from './founders-words';
import { namesCompanyOutsideAsides } from './leads-aside-names';

/**
 * "Chief executive P, who joined from Y in 2022, stays in his post", "Le président P reste en fonctions": a leader's
 * title opening the sentence with the person as the clause's subject, in a sentence naming no company of its own
 * (a quote or the person's relative clause may name one), is a post at the company the discourse is about. The
 * pointer-free title of the topic readers (leads-topic-posts.ts) needs a determiner and a comma; news often
 * drops both.
 */

/** Most title words before the person ("new interim chief executive officer"). */
const MAX_TITLE_WORDS = 5;
const DETERMINER = /^(le|la|l'|the|notre|our)$/;
/** A past holder is no leader now ("former chief executive P", "l'ancien président P"). */
const PAST = /^(former|ancien|ancienne|ex|onetime|one-time|late|feu|outgoing|sortant|sortante)$/;
/** A public body's words in the title: its head is no company's leader ("Central bank Governor P"). */
const PUBLIC_BODY =
  /^(bank|banque|central|centrale|federal|fédéral|government|gouvernement|state|état|national|reserve|ministry|ministère|minister|ministre|party|parti|union|syndicat|council|conseil|committee|comité|federation|fédération|association|league)$/;
/** What may follow the person and leave them the subject: a verb-bearing word, an aside, or a saying. */
const NOT_SUBJECT_NEXT = /^(of|de|du|des|d'|at|chez|in|en|à|au|for|pour|and|et|or|ou|&|'s)$/;

/** "Chief executive P …": the person after an opening title, when that title is a leader's of no named body. */
export function readTopicOpeningTitle(units: Unit[]): Captures[] {
  if (namesCompanyOutsideAsides(units)) return [];
  let k = DETERMINER.test(wordAt(units, 0) ?? '') ? 1 : 0;
  const words: string[] = [];
  for (; k < units.length && words.length <= MAX_TITLE_WORDS && !isPersonAt(units, k); k++) {
    const w = wordAt(units, k);
    if (w === null || !/^[\p{L}-]+$/u.test(w)) return [];
    words.push(w);
  }
  if (!isPersonAt(units, k) || words.length === 0 || words.length > MAX_TITLE_WORDS) return [];
  if (words.some((w) => PAST.test(w) || PUBLIC_BODY.test(w) || NATIONALITY_ADJECTIVE.test(w))) return [];
  // "President Reagan has said": a lone capitalised "President" is a head of state's style, not a company's
  if (words.length === 1 && k === 1 && /^(president|président)$/.test(words[0])) return [];
  if (!isLeaderTitle(words.join(' ')) || STATE_OFFICE_TITLE.test(words.join(' '))) return [];
  const next = wordAt(units, k + 1);
  if (next === null || NOT_SUBJECT_NEXT.test(next)) return [];
  return [{ p: idsAt(units, k), '#p': [k], [MATCH_START]: [0] }];
}
