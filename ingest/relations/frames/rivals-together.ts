import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { clauseSubject, wordAt } from './rivals-clause';
import { NOT_RIVALS, rivalsAfter } from './rivals-list';
import { LEADING, leadingPlayersAfter, pairAll } from './rivals-market';
import { anyWordOf } from './word-cue';
import { GROUP_IDIOM_HEAD, groupIdiomAt } from './rivals-group-idioms';

/**
 * Players told as contesting one another as a group: a list fighting one contest ("A, B et C, qui se livrent une
 * bataille féroce", "a tier of A, B and C fights for the large accounts", "Ces trois géants sont engagés dans une
 * course"), a list in apposition with a rank of players ("A et B, les principaux acteurs du marché"), and a
 * company placed among the leading players beside others ("X figure parmi les principaux sous-traitants, aux
 * côtés de A, B et C"). Every member is paired with every other.
 */

/** Units after the list searched for its reciprocal contest ("A et B, qui se livrent désormais une bataille"). */
const CONTEST_WINDOW_UNITS = 6;
/** Words after "parmi"/"among" searched for a rank ("parmi les tout premiers"). */
const RANK_WINDOW_WORDS = 3;
/** Plain words between the rank and "aux côtés de"/"alongside" ("les principaux sous-traitants français ,"). */
const BESIDE_WINDOW_WORDS = 6;

/** Verbs of a contest fought among the subjects themselves, read with the words they need after them. */
const RECIPROCAL_PRONOUN = /^(se|s')$/u;
const RECIPROCAL_VERB =
  /^(livrent|livraient|livrant|disputent|disputaient|affrontent|affrontaient|concurrencent|font|faisaient|battent|battaient)$/u;
const CONTEST_NOUN =
  /^(bataille|guerre|lutte|course|concurrence|compétition|battle|war|race|fight|contest|competition)$/u;
/** "A, B and C fight for / compete for / vie for", "are locked in a race", "sont engagés dans une course". */
const GROUP_VERB =
  /^(fight|fights|fought|fighting|compete|competed|competing|vie|vied|vying|battle|battled|battling|jostle|jostled|jostling)$/u;
/** "A and B compete on 40 routes": with a place or field after it the verb needs no "for". */
const COMPETE = /^(compete|competed|competing|vie|vied|vying)$/u;
/** "A et B restent concurrentes", "A and B are fierce rivals": a copula and a rival word. */
const BE = /^(sont|restent|demeurent|étaient|are|were|remain|remained)$/u;
const RIVAL_WORD = /^(concurrents|concurrentes|rivaux|rivales|rivals|competitors)$/u;
/** Words between the copula and the rival word ("are still fierce rivals", "sont de farouches concurrents"). */
const BE_TO_RIVAL_WORDS = 3;
const ENGAGED = /^(engagés|engagées|lancés|lancées|locked|engaged|embroiled)$/u;

/** The reciprocal contest starts within a few units after a list ending at `after`: its index, or -1. */
function contestAfter(units: Unit[], after: number): number {
  for (let k = after; k < units.length && k < after + CONTEST_WINDOW_UNITS; k++) {
    const w = wordAt(units, k);
    if (w === null || /^[;:.!?()]$/u.test(w)) return -1;
    if (/^(not|ne|n'|pas|never|jamais)$/u.test(w)) return -1;
    if (groupIdiomAt(units, k)) return k;
    if (RECIPROCAL_PRONOUN.test(w) && RECIPROCAL_VERB.test(wordAt(units, k + 1) ?? '')) {
      const verb = wordAt(units, k + 1) ?? '';
      // "se font concurrence", "se livrent une bataille": the light verbs need their contest noun
      if (/^(livr|font|fais)/u.test(verb) && !nounWithin(units, k + 2, 2)) return -1;
      // "se battent pour un contrat" is a contest; "se battent contre X" has its rivals after it (contest reader)
      if (/^batt/u.test(verb) && !/^(pour|sur)$/u.test(wordAt(units, k + 2) ?? '')) return -1;
      return k;
    }
    if (GROUP_VERB.test(w)) {
      // "takes on A and B in the fight for budgets": after a determiner the word is a noun, A and B are objects
      if (/^(the|a|an|la|le|une|un)$/u.test(wordAt(units, k - 1) ?? '')) return -1;
      const next = wordAt(units, k + 1) ?? '';
      // "compete with C" has its rivals after it (the contest reader)
      if (/^(for|over)$/u.test(next) || (COMPETE.test(w) && /^(on|in|across|head-to-head)$/u.test(next)))
        return k;
      return -1;
    }
    if (BE.test(w)) {
      const rival = rivalWordAfter(units, k);
      if (rival !== 0) return rival > 0 ? k : -1;
    }
    if (ENGAGED.test(w) && /^(dans|in)$/u.test(wordAt(units, k + 1) ?? '') && nounWithin(units, k + 2, 2))
      return k;
  }
  return -1;
}

/** After a copula: 1 for a rival word of the list itself, -1 for someone else's rivals, 0 for none. */
function rivalWordAfter(units: Unit[], k: number): number {
  for (let j = k + 1; j <= k + BE_TO_RIVAL_WORDS + 1 && j < units.length; j++) {
    const x = wordAt(units, j);
    // "A and B are its rivals": someone else's rivals, not (said to be) each other's
    if (x === null || NOT_RIVALS.test(x) || /^(its|their|his|her|our|ses|leurs|son|sa|nos|notre)$/u.test(x))
      return 0;
    // "are rivals of C" names whose rivals they are
    if (RIVAL_WORD.test(x)) return /^(of|de|du|des|d')$/u.test(wordAt(units, j + 1) ?? '') ? -1 : 1;
  }
  return 0;
}

function nounWithin(units: Unit[], from: number, n: number): boolean {
  for (let k = from; k < from + n + 1 && k < units.length; k++)
    if (CONTEST_NOUN.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** Lists of two or more players (or one unit pointing at such a list), each with the index after it. */
function listsIn(units: Unit[]): { members: number[]; after: number }[] {
  const out: { members: number[]; after: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs) continue;
    const list = rivalsAfter(units, i, 0, false);
    const after = list.length > 0 ? list[list.length - 1] + 1 : i + 1;
    // "Ces trois acteurs": a pointer standing for the last list of names
    if (list.length >= 2 || (u.anaphor && u.ents.length >= 2))
      out.push({ members: list.length ? list : [i], after });
    i = after - 1;
  }
  return out;
}

/** "A, B et C, qui se livrent une bataille", "a tier of A, B and C fights for …", "Ces trois géants sont engagés". */
function readContestTogether(units: Unit[], _lang: Language): Captures[] {
  return listsIn(units).flatMap(({ members, after }) => {
    // "between A and B" and the like belong to another reading
    if (isOblique(units, members[0]) && !/^(of|de|du|des)$/u.test(wordAt(units, members[0] - 1) ?? ''))
      return [];
    return contestAfter(units, after) >= 0 ? pairAll(units, members, members[0]) : [];
  });
}

/** The comma closing a remark right after a list (", devenu C ,"), so the apposition after it is reached. */
function pastRemark(units: Unit[], after: number): number {
  if (wordAt(units, after) !== ',') return after;
  for (let k = after + 1; k < units.length && k <= after + BESIDE_WINDOW_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === ',') return k;
    if (w !== null && /^[;:.!?()]$/u.test(w)) return after;
  }
  return after;
}

/** "A et B, les principaux acteurs francophones", "A and B, the two largest players in the market". */
function readApposedLeaders(units: Unit[], _lang: Language): Captures[] {
  return listsIn(units).flatMap(({ members, after }) => {
    if (members.length < 2) return [];
    for (const at of new Set([after, pastRemark(units, after)])) {
      if (wordAt(units, at) !== ',' || !/^(les|the)$/u.test(wordAt(units, at + 1) ?? '')) continue;
      if (leadingPlayersAfter(units, at + 1)) return pairAll(units, members, members[0]);
    }
    return [];
  });
}

const RANK = /^(principaux|principales|premiers|premières|grands|leaders|largest|biggest|main|top|leading)$/u;
const BESIDE = /^(côtés|alongside|beside|avec|with)$/u;

/** "X figure parmi les principaux sous-traitants français, aux côtés de A, B et C": X and every one of them. */
function readAmongBeside(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let k = 0; k < units.length; k++) {
    if (!/^(parmi|among)$/u.test(wordAt(units, k) ?? '')) continue;
    let ranked = false;
    for (let j = k + 1; j <= k + RANK_WINDOW_WORDS; j++) if (RANK.test(wordAt(units, j) ?? '')) ranked = true;
    if (!ranked) continue;
    for (let j = k + 2; j < units.length && j <= k + 2 + BESIDE_WINDOW_WORDS; j++) {
      const w = wordAt(units, j);
      if (w === null || /^[;:.!?()]$/u.test(w) || NOT_RIVALS.test(w)) break;
      if (!BESIDE.test(w)) continue;
      const from = w === 'côtés' ? j + 2 : j + 1;
      if (w === 'côtés' && !/^(de|du|des|d')$/u.test(wordAt(units, j + 1) ?? '')) break;
      const subject = clauseSubject(units, k);
      const list = rivalsAfter(units, from, 0);
      if (subject !== null && list.length > 0) out.push(...pairAll(units, [...subject, ...list], subject[0]));
      break;
    }
  }
  return out;
}

export const TOGETHER_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-contest-together',
    type: 'COMPETES_WITH',
    read: readContestTogether,
    // contestAfter finds a contest only at one of these words
    neededWordPattern: anyWordOf([RECIPROCAL_PRONOUN, GROUP_VERB, BE, ENGAGED, GROUP_IDIOM_HEAD]),
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-apposed-leaders',
    type: 'COMPETES_WITH',
    read: readApposedLeaders,
    // ", les|the" and a leading word (leadingPlayersAfter) must both stand in the sentence
    neededWords: ['les', 'the'],
    neededWordPattern: LEADING,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-among-beside',
    type: 'COMPETES_WITH',
    read: readAmongBeside,
    neededWords: ['parmi', 'among'],
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
];
