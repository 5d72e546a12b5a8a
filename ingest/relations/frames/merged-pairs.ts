import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import {
  coordinated,
  DEAL_READER_CONFIDENCE,
  entsAt,
  isDoubtfulName,
  isOrgAt,
  isStrongStop,
  standsAlone,
  wordAt,
} from './clause';
import { PARTNER_LEAD, partnerAfterAnd } from './acquired-merged';
import { onlyTalkedAbout } from './merged-shapes';
import { combinedAsFigure } from './merged-combined-figure';

/**
 * A merger whose two partners open the sentence with an apposition each, or are pointed at as "the two":
 * "A and B, two London start-ups …, announced a merger on Tuesday", "A, the London-listed maker …, and B, a Lyon
 * company, have agreed to merge", "A and B, which agreed in September to merge", "les négociants A et B ont
 * annoncé leur projet de fusion", "Shareholders of A and B approved the merger of the two utilities". The clause
 * reader of acquired-merged.ts needs the pair right before its verb; here appositions and a relative may stand
 * between, in any tense, and a noun of merger counts after a verb of announcing, agreeing or approving.
 */

const MERGE_VERBS: Record<Language, RegExp> = {
  fr: /^(fusionner|fusionnent|fusionneront|fusionnera|fusionné)$/,
  en: /^(merge|merged|combine|combined)$/,
};
const MERGE_NOUNS: Record<Language, RegExp> = {
  fr: /^(fusion|rapprochement)$/,
  en: /^(merger|combination|tie-up)$/,
};
/** Verbs that make a noun of merger the partners' own deal ("announced a merger", "ont approuvé la fusion"). */
const DEAL_VERBS =
  /^(announced|announce|announces|agreed|agree|agrees|unveiled|approved|approve|completed|complete|completes|confirmed|sealed|signed|finalised|finalized|closed|annoncé|annoncent|annonce|officialisé|officialisent|finalisé|finalisent|bouclé|signé|signent|approuvé|approuvent|validé|valident|conclu|concluent)$/;
/** Determiners and words that may stand between such a verb and the noun ("a planned merger", "leur projet de"). */
const NOUN_LEAD =
  /^(a|an|the|their|its|une|la|le|leur|son|projet|de|d'|planned|proposed|all-share|friendly|long-awaited)$/;
/** Most units from the verb of announcing to the noun of merger. */
const MAX_NOUN_LEAD_UNITS = 4;
/** Punctuation that ends the span searched back for the partners (commas and quotes do not). */
const SPAN_STOPS = /^(\.|;|:|–|—|\?|!|\(|\))$/;
/** "of the two utilities", "des deux coopératives", "entre les deux groupes". */
const TWO = /^(two|deux|both)$/;

/** Verbs by which others rule on a merger (shareholders, regulators): their subject is no partner. */
const RULING_VERBS = /^(approved|approve|approuvé|approuvent|validé|valident)$/;

/**
 * The verb of announcing, agreeing or approving whose object is the noun of merger at `i`: 'own' when the
 * partners tell it, 'ruled' when others approve it (the partners must then be pointed at: "of the two"), else null.
 */
function announcedNoun(units: Unit[], i: number): 'own' | 'ruled' | null {
  for (let k = i - 1; k >= 0 && i - k <= MAX_NOUN_LEAD_UNITS; k--) {
    const w = wordAt(units, k);
    if (DEAL_VERBS.test(w)) return RULING_VERBS.test(w) ? 'ruled' : 'own';
    if (!NOUN_LEAD.test(w)) return null;
  }
  return null;
}

/**
 * The two partners of the sentence's subject span before `trigger`: its first company standing alone and the
 * one after "et/and", appositions allowed after each. Null unless exactly two are found and no third company
 * stands alone between them and the trigger.
 */
function partnersBefore(units: Unit[], trigger: number): [number, number] | null {
  let start = trigger - 1;
  while (start > 0 && !SPAN_STOPS.test(wordAt(units, start - 1))) start--;
  const partners: number[] = [];
  for (let k = start; k < trigger; k++) {
    if (partners.length === 0) {
      if (standsAlone(units, k)) partners.push(k);
      else if (isOrgAt(units, k)) return null;
    } else if (partners.length === 1 && /^(et|and)$/.test(wordAt(units, k))) {
      const p = partnerAfterAnd(units, k);
      if (p >= 0) {
        partners.push(p);
        k = p;
      }
    } else if (partners.length === 2 && standsAlone(units, k)) return null;
  }
  return partners.length === 2 ? [partners[0], partners[1]] : null;
}

/** "the merger of the two utilities": the pair named together earlier in the sentence, or null. */
function pointedPair(units: Unit[], i: number): [number, number] | null {
  const of = i + 1;
  if (!/^(of|between|de|des|entre)$/.test(wordAt(units, of))) return null;
  const two = PARTNER_LEAD.test(wordAt(units, of + 1)) ? of + 2 : of + 1;
  if (!TWO.test(wordAt(units, two))) return null;
  for (let k = 0; k < i; k++) {
    if (!isOrgAt(units, k) || isDoubtfulName(units, k)) continue;
    const list = coordinated(units, k);
    if (list.length > 1) return list.length === 2 ? [list[0], list[1]] : null;
  }
  return null;
}

/** Relative pronouns after a pair ("A and B, which agreed to merge"): the pair is their antecedent. */
const RELATIVES = /^(which|who|qui|lesquels|lesquelles)$/;

/**
 * "… with A and B, which agreed in September to merge": the two names right before ", which"; null when the
 * relative follows something else; undefined when no relative stands before the trigger in its sentence.
 */
function relativePair(units: Unit[], trigger: number): [number, number] | null | undefined {
  for (let r = trigger - 1; r > 0; r--) {
    if (isStrongStop(units, r)) return undefined;
    if (!RELATIVES.test(wordAt(units, r))) continue;
    const b = wordAt(units, r - 1) === ',' ? r - 2 : r - 1;
    const a = b - 2;
    if (!isOrgAt(units, b) || !/^(and|et)$/.test(wordAt(units, b - 1)) || !isOrgAt(units, a)) return null;
    return [a, b];
  }
  return undefined;
}

function pair(units: Unit[], a: number, b: number, start: number): Captures[] {
  const x = entsAt(units, a);
  const y = entsAt(units, b);
  if (x.length === 0 || y.length === 0 || x.some((e) => y.includes(e))) return [];
  return [{ a: x, b: y, '#a': [a], '#b': [b], [MATCH_START]: [start] }];
}

function readMergerPairs(units: Unit[], lang: Language): Captures[] {
  for (let i = 1; i < units.length; i++) {
    const w = wordAt(units, i);
    const verb = MERGE_VERBS[lang].test(w);
    const told = MERGE_NOUNS[lang].test(w) ? announcedNoun(units, i) : null;
    const noun = told !== null;
    if ((!verb && !noun) || onlyTalkedAbout(units, i) || combinedAsFigure(units, i)) continue;
    // "merge with B", "la fusion avec B", "merger of A and B": a partner after the word is read elsewhere
    const next = wordAt(units, i + 1);
    if (/^(with|avec|à)$/.test(next) || isOrgAt(units, i + 1) || isOrgAt(units, i + 2)) continue;
    const relative = relativePair(units, i);
    if (relative === null) continue;
    const pointed = noun ? pointedPair(units, i) : null;
    const found = told === 'ruled' ? pointed : (pointed ?? relative ?? partnersBefore(units, i));
    if (!found || isStrongStop(units, i - 1)) continue;
    return pair(units, found[0], found[1], found[0]);
  }
  return [];
}

/** MERGED_WITH of two partners set apart from their merger word by appositions or a relative (both languages). */
export const MERGED_PAIR_FRAMES = readerRules([
  {
    id: 'any.merged.frame-pair',
    type: 'MERGED_WITH',
    read: readMergerPairs,
    // every reading stands on a merger verb or noun of either language
    neededWordPattern: new RegExp(
      [...Object.values(MERGE_VERBS), ...Object.values(MERGE_NOUNS)].map((re) => re.source).join('|'),
      'u',
    ),
    source: 'a',
    target: 'b',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
