import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import {
  clauseStart,
  coordinated,
  entsAt,
  isOrgAt,
  negatedBefore,
  objectAfter,
  standsAlone,
  wordAt,
} from './clause';

/**
 * MERGED_WITH read from the clause's shape: two companies as the subject of a verb of merging ("A et B
 * fusionnent / se rapprochent / unissent leurs forces", "A and B will merge"), one company merging with
 * another ("A fusionne avec B", "A completed its merger with B"), or both after a noun ("le rapprochement de
 * A et B", "the merger of A and B").
 */

/** Below every pattern rule's: a pattern's reading of the same fact wins. */
const MERGED_CONFIDENCE = 0.5;

const MERGE_VERBS: Record<Language, RegExp> = {
  fr: /^(fusionn(e|ent|er|era|eront|ait|aient|é|és|ées|ant)|rapproch(ent|er|eront|aient|és|ées)|uniss(ent|aient)|uniront|unir)$/,
  en: /^(merg(e|es|ed|ing)|combin(e|es|ed|ing)|amalgamat(e|es|ed|ing))$/,
};
const MERGE_NOUNS: Record<Language, RegExp> = {
  fr: /^(fusion|rapprochement)$/,
  en: /^(merger|combination|amalgamation)$/,
};
const WITH: Record<Language, RegExp> = { fr: /^(avec|à)$/, en: /^with$/ };
const OF_BOTH: Record<Language, RegExp> = { fr: /^(de|du|d'|des|entre)$/, en: /^(of|between)$/ };
/** "unissent leurs forces" merges; "unissent leurs offres" is a partnership. */
const FORCES = /^(forces|destinées)$/;
/** Units after a verb that may still stand before "avec/with" ("fusionne officiellement avec"). */
const WITH_WINDOW_UNITS = 4;

function pairs(units: Unit[], at: number[], start: number): Captures[] {
  const out: Captures[] = [];
  for (let x = 0; x < at.length; x++)
    for (let y = x + 1; y < at.length; y++) {
      const a = entsAt(units, at[x]);
      const b = entsAt(units, at[y]);
      if (a.some((e) => b.includes(e))) continue;
      out.push({ a, b, '#a': [at[x]], '#b': [at[y]], [MATCH_START]: [start] });
    }
  return out;
}

/** The coordinated subject list of the clause holding `trigger` (at least two companies), or []. */
function subjectList(units: Unit[], trigger: number): number[] {
  const start = clauseStart(units, trigger);
  for (let k = start; k < trigger; k++) {
    if (!standsAlone(units, k)) continue;
    const list = coordinated(units, k);
    return list.length >= 2 && list[list.length - 1] < trigger ? list : [];
  }
  return [];
}

/** The first subject of the clause holding `trigger`, or -1. */
function subjectOf(units: Unit[], trigger: number): number {
  const start = clauseStart(units, trigger);
  for (let k = start; k < trigger; k++) if (standsAlone(units, k)) return k;
  return -1;
}

/** The partner after "avec"/"with" following the trigger, or -1. */
function partnerAfter(units: Unit[], trigger: number, lang: Language): number {
  for (let k = trigger + 1; k < units.length && k - trigger <= WITH_WINDOW_UNITS; k++) {
    if (units[k].kind === 'ent') return -1;
    if (WITH[lang].test(wordAt(units, k))) {
      const o = objectAfter(units, k - 1, { crossing: WITH[lang], maxUnits: WITH_WINDOW_UNITS + 2 });
      return o >= 0 && isOrgAt(units, o) ? o : -1;
    }
  }
  return -1;
}

function readMergers(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = wordAt(units, i);
    const verb = MERGE_VERBS[lang].test(w);
    const noun = MERGE_NOUNS[lang].test(w);
    if ((!verb && !noun) || negatedBefore(units, i)) continue;
    // "unissent" merges only with "leurs forces"; other forms of "unir" need "avec/à"
    const unite = /^(uniss|unir|uniront)/.test(w);
    const partner = partnerAfter(units, i, lang);
    if (partner >= 0) {
      const subject = subjectOf(units, i);
      if (subject >= 0) out.push(...pairs(units, [subject, partner], subject));
      continue;
    }
    if (noun && OF_BOTH[lang].test(wordAt(units, i + 1))) {
      const first = objectAfter(units, i, { crossing: OF_BOTH[lang] });
      const list = first >= 0 ? coordinated(units, first) : [];
      if (list.length >= 2) out.push(...pairs(units, list, i));
      continue;
    }
    if (!verb || (unite && !FORCES.test(wordAt(units, i + 2)))) continue;
    // "A et B se rapprochent du seuil": they near something, they do not merge
    if (/^rapproch/.test(w) && /^(de|du|des|d')$/.test(wordAt(units, i + 1))) continue;
    const list = subjectList(units, i);
    if (list.length >= 2) out.push(...pairs(units, list, list[0]));
  }
  return out;
}

/** MERGED_WITH read from the clause's shape (both languages). */
export const MERGED_FRAMES = readerRules([
  {
    id: 'any.merged.frame',
    type: 'MERGED_WITH',
    read: readMergers,
    source: 'a',
    target: 'b',
    confidence: MERGED_CONFIDENCE,
  },
]);
