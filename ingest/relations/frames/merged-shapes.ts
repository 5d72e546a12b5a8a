import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isOblique } from '../syntax';
import { entsAt, isOrgAt, isStrongStop, negatedBefore, wordAt } from './clause';
import { anyWordOf } from './word-cue';

/**
 * MERGED_WITH in the shapes of headlines and wire copy that the clause reader of acquired-merged.ts leaves out: two
 * names right before the merger noun ("A, B merger", "A-B merger"), a headline's two names with a verb of agreeing
 * or completing before the merger word ("A, B Agree to Merge", "A and B agree 'friendly' merger", "A, B set to
 * complete merger"), "the merger of A (…) with B", "merge A with its subsidiary B" and "merger planned by A and B".
 * A merger word must govern both names: a list elsewhere in the sentence is never read.
 */

const MERGER_NOUN: Record<Language, RegExp> = {
  en: /^(merger|mergers|amalgamation)$/,
  fr: /^(fusion|rapprochement)$/,
};
const MERGE_VERB: Record<Language, RegExp> = {
  en: /^(merge|merges|merged|merging|amalgamate|amalgamates|amalgamated)$/,
  fr: /^(fusionner|fusionne|fusionnent|fusionnera|fusionneront|fusionné)$/,
};
const WITH: Record<Language, RegExp> = { en: /^with$/, fr: /^avec$/ };
const OF: Record<Language, RegExp> = { en: /^of$/, fr: /^(de|du|d')$/ };
/** What joins two names of one headline pair ("A, B", "A-B", "A and B", "A / B"). */
const PAIR_JOIN = /^(,|and|&|et|-|\/)$/;
/** Words a headline puts between its pair and the merger word: agreeing, planning, completing, an epithet. */
const HEADLINE_LINK =
  /^(agree|agrees|agreed|set|sets|to|complete|completes|completed|completing|finalize|finalise|finalizes|finalises|finalized|finalised|close|closes|closed|seal|seals|sealed|sign|signs|signed|announce|announces|announced|plan|plans|planned|on|a|an|the|their|friendly|'|"|‘|’|“|”|proposed|agreed-upon|conclude|concludes|concluded|annoncent|finalisent|concluent|valident|leur|une|la|de|d')$/;
/** Most link words between a headline's pair and its merger word. */
const MAX_HEADLINE_LINK_WORDS = 5;
/** A merger not yet agreed: talked about, studied, proposed for negotiation — not a fact of the graph. */
const ONLY_TALKED =
  /^(negotiate|negotiating|discuss|discussing|explore|exploring|study|studying|consider|considering|talks|possible|potential|eventual|éventuelle|éventuel|envisage|étudie|discussions|pourparlers)$/;
/** Units searched after "merger of A" for the "with B" that names the partner. */
const MAX_WITH_SEARCH_UNITS = 12;
/** Most units of a bracketed short name or ticker stepped over after a party ("(BBL)", "(NYSE: ABC)"). */
const MAX_BRACKET_UNITS = 5;
/** Participles that give a merger's parties after "by" ("merger is planned by A and B"). */
const MERGER_BY = /^(planned|proposed|agreed|announced|approved|envisagée|annoncée|proposée)$/;
/** Units between a merger noun and its participle of planning ("Merger Is Planned By"). */
const MAX_NOUN_TO_PARTICIPLE_UNITS = 3;
/** Words before a merger noun that say it is only talked about ("proposal to negotiate a three-way merger"). */
const TALK_WINDOW_UNITS = 4;

function pairCaptures(units: Unit[], a: number, b: number, start: number): Captures[] {
  const x = entsAt(units, a);
  const y = entsAt(units, b);
  if (x.length === 0 || y.length === 0 || x.some((e) => y.includes(e))) return [];
  return [{ a: x, b: y, '#a': [a], '#b': [b], [MATCH_START]: [start] }];
}

/** The merger word at `i` is only talked about, proposed for talks or denied. */
export function onlyTalkedAbout(units: Unit[], i: number): boolean {
  if (negatedBefore(units, i)) return true;
  for (let k = Math.max(0, i - TALK_WINDOW_UNITS); k < i; k++)
    if (ONLY_TALKED.test(wordAt(units, k))) return true;
  return false;
}

/** The two names of a pair ending just before unit `end` ("A, B" / "A and B"), as [a, b], or null. */
function pairBefore(units: Unit[], end: number): [number, number] | null {
  const b = end - 1;
  const a = end - 3;
  if (!isOrgAt(units, b) || !isOrgAt(units, a) || !PAIR_JOIN.test(wordAt(units, a + 1))) return null;
  // the pair is the clause's own subject: nothing but a sentence start or strong stop before it
  if (a > 0 && !isStrongStop(units, a - 1) && !/^[|:]$/.test(wordAt(units, a - 1))) return null;
  return isOblique(units, a) ? null : [a, b];
}

/** "A, B merger", "A-B merger OK'd", "A, B Agree to Merge", "A and B agree 'friendly' merger". */
function readHeadlinePairs(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = wordAt(units, i);
    if (!MERGER_NOUN[lang].test(w) && !MERGE_VERB[lang].test(w)) continue;
    if (onlyTalkedAbout(units, i)) continue;
    let k = i;
    while (k > 0 && i - k < MAX_HEADLINE_LINK_WORDS && HEADLINE_LINK.test(wordAt(units, k - 1))) k--;
    // a verb needs a link word ("agree to merge"): "A, B merge" alone may be a list of the merged
    if (k === i && !MERGER_NOUN[lang].test(w)) continue;
    const pair = pairBefore(units, k);
    if (pair) out.push(...pairCaptures(units, pair[0], pair[1], pair[0]));
  }
  return out;
}

/** The partner after "with/avec" at `k` ("with Y", "with X's subsidiary Y": Y), or -1. */
function partnerAt(units: Unit[], k: number): number {
  let j = k + 1;
  for (; j < units.length && j - k <= MAX_WITH_SEARCH_UNITS; j++) {
    // "with an affiliate of X": the name after "of" owns the partner, it is not the partner
    if (isStrongStop(units, j) || /^(,|of|de|du|des|d'|from|by|par)$/.test(wordAt(units, j))) return -1;
    if (!isOrgAt(units, j)) continue;
    // "Serum Institute's wholly-owned subsidiary Y": the possessor only places the partner
    if (/^('s|')$/.test(wordAt(units, j + 1))) continue;
    return j;
  }
  return -1;
}

/** Words that open another clause or verb after "merger of A and B" ("…, and competes with C", "…, has 900 staff"). */
const OTHER_CLAUSE =
  /^(which|who|that|while|whereas|qui|dont|tandis|has|have|had|is|was|are|were|will|would|est|sont|était|a|ont|avait)$/;
const CLAUSE_AND = /^(and|but|et|mais)$/;

/** Unit `j` opens a clause of its own, so a "with" after it is not the merger's ("merger of A and B, and competes with C"). */
function opensOtherClause(units: Unit[], j: number): boolean {
  if (OTHER_CLAUSE.test(wordAt(units, j))) return true;
  return wordAt(units, j - 1) === ',' && CLAUSE_AND.test(wordAt(units, j));
}

/** "the merger of A (AA), with B", "la fusion de A avec B". */
function readMergerOfWith(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!MERGER_NOUN[lang].test(wordAt(units, i)) || !OF[lang].test(wordAt(units, i + 1))) continue;
    if (onlyTalkedAbout(units, i)) continue;
    let a = -1;
    for (let j = i + 2; j < units.length && j - i <= MAX_WITH_SEARCH_UNITS; j++) {
      // "A (AA), with B": the short name in brackets is A's own
      if (a >= 0 && wordAt(units, j) === '(') {
        const close = units.findIndex((_, c) => c > j && wordAt(units, c) === ')');
        if (close > j && close - j <= MAX_BRACKET_UNITS) {
          j = close;
          continue;
        }
      }
      if (isStrongStop(units, j) || opensOtherClause(units, j)) break;
      if (a < 0 && isOrgAt(units, j) && !/^('s|')$/.test(wordAt(units, j + 1))) a = j;
      else if (a >= 0 && WITH[lang].test(wordAt(units, j))) {
        const b = partnerAt(units, j);
        if (b >= 0) out.push(...pairCaptures(units, a, b, i));
        break;
      }
    }
  }
  return out;
}

/** "it would merge A with its subsidiary B", "fusionner A avec B": the verb's object merges with the partner. */
function readMergeObjectWith(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!MERGE_VERB[lang].test(wordAt(units, i)) || onlyTalkedAbout(units, i)) continue;
    const a = /^(its|their|sa|son|ses)$/.test(wordAt(units, i + 1)) ? i + 2 : i + 1;
    if (!isOrgAt(units, a) || !WITH[lang].test(wordAt(units, a + 1))) continue;
    const b = partnerAt(units, a + 1);
    if (b >= 0) out.push(...pairCaptures(units, a, b, i));
  }
  return out;
}

/** "Merger Is Planned By A and B", "fusion annoncée par A et B": exactly the two names after "by". */
function readMergerPlannedBy(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!MERGER_NOUN[lang].test(wordAt(units, i)) || onlyTalkedAbout(units, i)) continue;
    for (let j = i + 1; j < units.length && j - i <= MAX_NOUN_TO_PARTICIPLE_UNITS; j++) {
      if (!MERGER_BY.test(wordAt(units, j))) continue;
      if (!/^(by|par)$/.test(wordAt(units, j + 1))) break;
      const a = j + 2;
      const b = a + 2;
      const closed = !isOrgAt(units, b + 1) && !/^(,|and|et)$/.test(wordAt(units, b + 1));
      if (isOrgAt(units, a) && /^(and|et)$/.test(wordAt(units, a + 1)) && isOrgAt(units, b) && closed)
        out.push(...pairCaptures(units, a, b, i));
      break;
    }
  }
  return out;
}

/** Every merger shape of this file, for one sentence. */
/** Every shape below starts at one of these words: a screen for rule-screen.ts (a new shape's word belongs here). */
export const MERGER_SHAPE_CUE = anyWordOf([MERGER_NOUN.en, MERGER_NOUN.fr, MERGE_VERB.en, MERGE_VERB.fr]);

export function readMergerShapes(units: Unit[], lang: Language): Captures[] {
  return [
    ...readHeadlinePairs(units, lang),
    ...readMergerOfWith(units, lang),
    ...readMergeObjectWith(units, lang),
    ...readMergerPlannedBy(units, lang),
  ];
}
