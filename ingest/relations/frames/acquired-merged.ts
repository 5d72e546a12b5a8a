import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { possessedPartner } from './merged-possessed-partner';
import {
  coordinatedClauseStart,
  coordinated,
  DEAL_READER_CONFIDENCE,
  entsAt,
  isOrgAt,
  isStrongStop,
  negatedBefore,
  standsAlone,
  wordAt,
} from './clause';
import { objectAfter } from './clause-object';
import { anyWordOf } from './word-cue';
import { MERGER_SHAPE_CUE, onlyTalkedAbout, readMergerShapes } from './merged-shapes';
import { possessorInApposition } from '../apposed-possessor';
import { combinedAsFigure } from './merged-combined-figure';
import { collapsedAfter } from '../deal-denied-noun';

/**
 * MERGED_WITH read from the clause's shape: two companies as the subject of a verb of merging ("A et B
 * fusionnent / se rapprochent / unissent leurs forces", "A and B will merge"), one company merging with
 * another ("A fusionne avec B", "A completed its merger with B"), or both after a noun ("le rapprochement de
 * A et B", "the merger of A and B").
 */

const MERGE_VERBS: Record<Language, RegExp> = {
  fr: /^(fusionn(e|ent|er|era|eront|ait|aient|é|és|ées|ant)|rapproch(ent|er|eront|aient|és|ées)|uniss(ent|aient)|uniront|unir)$/,
  en: /^(merg(e|es|ed|ing)|combin(e|es|ed|ing)|amalgamat(e|es|ed|ing))$/,
};
const MERGE_NOUNS: Record<Language, RegExp> = {
  fr: /^(fusion|rapprochement)$/,
  en: /^(merger|combination|amalgamation|tie-up)$/,
};
/** Verbs that merge only as reflexives: "A et B s'unissent / se marient", "A s'unit à B". */
const REFLEXIVE_MERGE_FR = /^(unissent|unit|uniront|marient|marieront|marié|mariés|mariées|marier)$/;
/** Units after a reflexive union within which "pour créer …" may follow. */
const CREATION_WINDOW_UNITS = 4;
const CREATION_VERBS_FR = /^(créer|former|constituer|donner|bâtir|fonder|devenir|fusionner)$/;
const MERGER_WORD_FR = /^(fusion|fusionner|fusionnent|rapprochement|entité|ensemble)$/;
/** "A and B join forces": a merger only when the sentence also speaks of one (else an alliance). */
const JOIN_FORCES_EN = /^(join|joins|joined|joining)$/;
const MERGER_WORD_EN = /^(merger|merge|merging|merged|combined)$/;
/** Nouns of an agreement whose complement is a merger: "un accord de fusion", "a merger agreement". */
const AGREEMENT_BEFORE_FR = /^(accord|protocole|traité|projet)$/;
const AGREEMENT_AFTER_EN = /^(agreement|deal|pact)$/;
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

/**
 * The clause start for a merger verb: "H was formed in 2008 when A merged with B" opens A's own clause at "when"
 * (kept out of the shared clause openers, where a "when" clause of a buying verb reads as background).
 */
function mergeClauseStart(units: Unit[], trigger: number): number {
  const start = coordinatedClauseStart(units, trigger);
  for (let k = trigger - 1; k >= start; k--) if (wordAt(units, k) === 'when') return k + 1;
  return start;
}

/** The coordinated subject list of the clause holding `trigger` (at least two companies), or []. */
function subjectList(units: Unit[], trigger: number): number[] {
  const start = mergeClauseStart(units, trigger);
  for (let k = start; k < trigger; k++) {
    if (!standsAlone(units, k)) continue;
    const list = coordinated(units, k);
    return list.length >= 2 && list[list.length - 1] < trigger ? list : [];
  }
  return [];
}

/** The first subject of the clause holding `trigger`, or -1. */
function subjectOf(units: Unit[], trigger: number): number {
  const start = mergeClauseStart(units, trigger);
  // "A, B's rival, merged with C": B only describes A
  for (let k = start; k < trigger; k++)
    if (standsAlone(units, k) && !possessorInApposition(units, k)) return k;
  return -1;
}

/** A purpose opened after the verb: "A et B fusionnent pour rivaliser avec C", "merge to compete with C". */
const PURPOSE = /^(pour|afin|to|so)$/;

/** The partner after "avec"/"with" following the trigger, or -1. */
function partnerAfter(units: Unit[], trigger: number, lang: Language): number {
  for (let k = trigger + 1; k < units.length && k - trigger <= WITH_WINDOW_UNITS; k++) {
    if (units[k].kind === 'ent' || PURPOSE.test(wordAt(units, k))) return -1;
    if (WITH[lang].test(wordAt(units, k))) {
      const o = objectAfter(units, k - 1, { crossing: WITH[lang], maxUnits: WITH_WINDOW_UNITS + 2 });
      return o >= 0 && isOrgAt(units, o) ? possessedPartner(units, o) : -1;
    }
  }
  return -1;
}

/** "s'unissent", "se marient", "s'unit à": a reflexive verb of union at `i`. */
function isReflexiveMerge(units: Unit[], i: number, lang: Language): boolean {
  if (lang !== 'fr' || !REFLEXIVE_MERGE_FR.test(wordAt(units, i)) || !/^(s'|se)$/.test(wordAt(units, i - 1)))
    return false;
  // "s'unissent contre la réforme" is an alliance: a union merges when it creates a company or is called a merger
  for (let k = i + 1; k < units.length && k - i <= CREATION_WINDOW_UNITS; k++)
    if (wordAt(units, k) === 'pour' && CREATION_VERBS_FR.test(wordAt(units, k + 1))) return true;
  return units.some((_, k) => MERGER_WORD_FR.test(wordAt(units, k)));
}

/** "A and B join forces" in a sentence that speaks of a merger. */
function isJoiningForcesInMerger(units: Unit[], i: number, lang: Language): boolean {
  if (lang !== 'en' || !JOIN_FORCES_EN.test(wordAt(units, i)) || wordAt(units, i + 1) !== 'forces')
    return false;
  return units.some((_, k) => MERGER_WORD_EN.test(wordAt(units, k)));
}

/** "A et B ont signé un accord de fusion", "A and B signed a merger agreement": the noun at `i` names a merger pact. */
function isMergerPact(units: Unit[], i: number, lang: Language): boolean {
  if (lang === 'fr')
    return /^(de|d')$/.test(wordAt(units, i - 1)) && AGREEMENT_BEFORE_FR.test(wordAt(units, i - 2));
  return AGREEMENT_AFTER_EN.test(wordAt(units, i + 1));
}

function readMergers(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const w = wordAt(units, i);
    const reflexive = isReflexiveMerge(units, i, lang) || isJoiningForcesInMerger(units, i, lang);
    const verb = MERGE_VERBS[lang].test(w) || reflexive;
    const noun = MERGE_NOUNS[lang].test(w);
    // "its proposal to negotiate a three-way merger between A, B and C": not (yet) a merger
    if ((!verb && !noun) || negatedBefore(units, i) || onlyTalkedAbout(units, i)) continue;
    if (combinedAsFigure(units, i)) continue;
    // "unissent" merges only with "leurs forces"; other forms of "unir" need "avec/à"
    const unite = /^(uniss|unir|uniront)/.test(w);
    const partner = partnerAfter(units, i, lang);
    if (partner >= 0 && isPricedCombination(units, i, partner, lang)) continue;
    // "to buy Y after its merger with Z collapses": a merger called off is no fact
    if (partner >= 0 && collapsedAfter(units, partner)) continue;
    if (partner >= 0) {
      const subject = subjectOf(units, i);
      if (subject >= 0) out.push(...pairs(units, [subject, partner], subject));
      continue;
    }
    if (noun && THEIR.test(wordAt(units, i - 1))) {
      out.push(...readTheirMerger(units, i));
      continue;
    }
    if (noun && OF_BOTH[lang].test(wordAt(units, i + 1))) {
      const first = objectAfter(units, i, { crossing: OF_BOTH[lang] });
      const list = first >= 0 ? coordinated(units, first) : [];
      if (list.length >= 2) out.push(...pairs(units, list, i));
      continue;
    }
    if (noun && isMergerPact(units, i, lang)) {
      const pact = subjectList(units, i);
      if (pact.length >= 2) out.push(...pairs(units, pact, pact[0]));
      continue;
    }
    if (!verb || (unite && !reflexive && !FORCES.test(wordAt(units, i + 2)))) continue;
    // "A et B se rapprochent du seuil": they near something, they do not merge
    if (/^rapproch/.test(w) && /^(de|du|des|d')$/.test(wordAt(units, i + 1))) continue;
    const list = subjectList(units, i);
    if (list.length >= 2) out.push(...pairs(units, list, list[0]));
  }
  return out;
}

/** "leur fusion", "their merger": the two subjects merge with each other. */
const THEIR = /^(leur|their)$/;
/**
 * Punctuation that ends the subject span of "A, …, et B, …, annoncent leur fusion" (quotes and commas do not);
 * a lone hyphen ends a wire dateline ("PARIS, 9 avril (Reuters) - A et B …").
 */
const SPAN_STOPS = /^(\.|;|:|–|—|-|\?|!)$/;
/** Words that may stand between "et/and" and the second partner ("et le parisien B"). */
export const PARTNER_LEAD = /^(le|la|l'|les|the)$/;

/** A possessive before the second partner's descriptor ("and its Irish rival B", "et son concurrent irlandais B"). */
const PARTNER_POSSESSIVE = /^(its|their|son|sa|leur)$/;
/** Most words of that descriptor ("Irish rival", "concurrent irlandais", "le parisien"). */
const PARTNER_DESCRIPTOR_WORDS = 2;

/** The partner introduced by "et/and" at `k` ("et B", "et le parisien B", "and Irish rival B"), or -1. */
export function partnerAfterAnd(units: Unit[], k: number): number {
  let p = k + 1;
  if (PARTNER_LEAD.test(wordAt(units, p)) || PARTNER_POSSESSIVE.test(wordAt(units, p))) p++;
  // a short descriptor: lower-case words or an origin adjective held as a plain capitalised word
  for (let n = 0; n < PARTNER_DESCRIPTOR_WORDS && !standsAlone(units, p); n++) {
    const u = units[p];
    if (u?.kind !== 'tok' || u.token.kind !== 'word' || !/^\p{L}/u.test(u.token.text)) return -1;
    if (/^(and|et|or|ou)$/u.test(u.token.lower)) return -1;
    p++;
  }
  // the descriptor ends on its noun ("Irish rival"): a lone capitalised word there is a seat ("Leipzig-based"),
  // whose company the reader of the first partner may not have told apart from its place
  const last = units[p - 1];
  if (p - 1 > k && last?.kind === 'tok' && !/^\p{Ll}/u.test(last.token.text)) return -1;
  return standsAlone(units, p) ? p : -1;
}

/**
 * "A, acteur du recrutement, et B, spécialiste de la paie, annoncent leur fusion": the span's first company
 * and the one after "et/and", each with an apposition of its own. Exactly two such partners, else nothing.
 */
function readTheirMerger(units: Unit[], trigger: number): Captures[] {
  let start = trigger - 1;
  while (start > 0 && !SPAN_STOPS.test(wordAt(units, start - 1))) start--;
  const partners: number[] = [];
  for (let k = start; k < trigger; k++) {
    if (partners.length === 0 && standsAlone(units, k)) partners.push(k);
    else if (partners.length > 0 && /^(et|and)$/.test(wordAt(units, k))) {
      const p = partnerAfterAnd(units, k);
      if (p >= 0) partners.push(p);
    }
  }
  return partners.length === 2 ? pairs(units, partners, partners[0]) : [];
}

/** "combined with" a price: one side paid for the other. */
const COMBINE_VERB_EN = /^combin(e|es|ed|ing)$/;
/** Tokens of a price ("a deal worth about $4.8 billion"). */
const PRICE_WORDS = /^(\$|€|£|us\$|billion|million|bn|mln)$/;

/**
 * "X combined with Y in a deal worth $4.8 billion": a merger in words, but a price paid tells a takeover, and
 * the gold format reads it as X buying Y (a merger of equals has no buyer paying a price).
 */
function isPricedCombination(units: Unit[], trigger: number, partner: number, lang: Language): boolean {
  if (lang !== 'en' || !COMBINE_VERB_EN.test(wordAt(units, trigger))) return false;
  for (let k = partner + 1; k < units.length && !isStrongStop(units, k); k++)
    if (PRICE_WORDS.test(wordAt(units, k))) return true;
  return false;
}

/** "X combined with Y in a deal worth $N": X bought Y. */
function readPricedCombinations(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    if (negatedBefore(units, i)) continue;
    const partner = partnerAfter(units, i, lang);
    if (partner < 0 || !isPricedCombination(units, i, partner, lang)) continue;
    const subject = subjectOf(units, i);
    if (subject < 0) continue;
    const [c] = pairs(units, [subject, partner], subject);
    if (c) out.push({ src: c.a, tgt: c.b, '#src': c['#a'], '#tgt': c['#b'], [MATCH_START]: [subject] });
  }
  return out;
}

/** MERGED_WITH read from the clause's shape (both languages). */
export const MERGED_FRAMES = readerRules([
  {
    id: 'any.merged.frame',
    type: 'MERGED_WITH',
    read: readMergers,
    // every reading of readMergers starts at one of these words
    neededWordPattern: anyWordOf([
      MERGE_VERBS.fr,
      MERGE_VERBS.en,
      MERGE_NOUNS.fr,
      MERGE_NOUNS.en,
      REFLEXIVE_MERGE_FR,
      JOIN_FORCES_EN,
    ]),
    source: 'a',
    target: 'b',
    confidence: DEAL_READER_CONFIDENCE,
  },
  {
    id: 'any.merged.shapes',
    type: 'MERGED_WITH',
    read: readMergerShapes,
    neededWordPattern: MERGER_SHAPE_CUE,
    source: 'a',
    target: 'b',
    confidence: DEAL_READER_CONFIDENCE,
  },
  {
    id: 'any.acquired.frame-combined',
    type: 'ACQUIRED',
    read: readPricedCombinations,
    neededWords: ['combine', 'combines', 'combined', 'combining'],
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
