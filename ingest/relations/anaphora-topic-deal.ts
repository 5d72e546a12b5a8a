import type { Language } from '../types';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { isOblique } from './syntax';
import { BUYING_NOUNS, OF_WORDS } from './anaphora-owner-deal';

/**
 * "Pour Ardian, il s'agit du deuxième investissement après l'entrée au capital de Y", "Chez Ostal, l'opération
 * suit l'acquisition du réseau Y en 2024", "For Nordfeld, it is the fourth deal after backing Y and Z": a sentence
 * opened on a company as its topic tells that company's own record, so a deal noun with no agent of its own
 * ("le rachat de Y", "the purchase of Y", "l'entrée au capital de Y", "backing Y") has the topic as its agent.
 * No reading when the noun has an agent ("par/by X", "X's"), a qualifier that undoes it ("failed", "avorté"),
 * or when the sentence names another company that could be the agent (an analyst: "Pour Jefferies, le rachat de Y
 * renforce Z").
 */

/** Openers of the topic phrase; "Du côté de X" / "Côté X" too. */
const TOPIC_WORDS = new Set(['pour', 'chez', 'for', 'at', 'côté']);
/** Two-word topic openers: the first word, then the words that may follow it. */
const TWO_WORD_TOPICS = new Map([
  ['as', new Set(['for', 'to'])],
  ['quant', new Set(['à', 'au'])],
]);
const TOPIC_LEADERS = new Set(['mais', 'et', 'and', 'but', 'du', 'de', "d'", 'enfin', 'so']);

/** Word sequences that end right before the party bought (ACQUIRED) or backed (FUNDED), after an optional gap. */
const FUND_CUES: readonly (readonly string[])[] = [
  ['investissement', 'dans'],
  ['investment', 'in'],
  ['stake', 'in'],
  ['participation', 'dans'],
  ['entrée', 'au', 'capital', 'de'],
  ['entrée', 'au', 'capital', 'du'],
  ['entrée', 'au', 'capital', "d'"],
  ['backing'],
  ['investing', 'in'],
];
const BUY_GERUNDS: readonly (readonly string[])[] = [
  ['buying'],
  ['acquiring'],
  ['avoir', 'racheté'],
  ['avoir', 'repris'],
];

/** Words between a buying noun and its "of/de": a time phrase or an adjective ("l'acquisition en 2024 d'Y"). */
const MAX_NOUN_QUALIFIERS = 3;
/** Words between the cue and the party: a descriptor ("du réseau de bornes de recharge Y", "of bike retailer Y"). */
const MAX_DESCRIPTOR = 5;
const UNDOING =
  /^(failed|abandoned|aborted|blocked|planned|proposed|possible|potential|rumoured|avorté|avortée|manqué|manquée|raté|ratée|éventuel|éventuelle|possible|projet|projeté|envisagé|envisagée)$/;
const AGENT_WORDS = new Set(['by', 'par']);
const PUNCT = /^[,;:()«»"“”]$/;

function lowerAt(units: Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** Index of the topic company's unit, or -1: "[Mais] Pour X," / "Chez X," / "Du côté de X,". */
export function topicAt(units: Unit[]): number {
  let k = 0;
  while (k < 3 && TOPIC_LEADERS.has(lowerAt(units, k) ?? '')) k++;
  // "As for X," / "Quant à X," / "Quant au groupe X,": a two-word topic opener
  const pair = TWO_WORD_TOPICS.get(lowerAt(units, k) ?? '');
  if (pair?.has(lowerAt(units, k + 1) ?? '')) k++;
  else if (!TOPIC_WORDS.has(lowerAt(units, k) ?? '')) return -1;
  k++;
  if (OF_WORDS.has(lowerAt(units, k) ?? '')) k++;
  const u = units[k];
  if (u?.kind !== 'ent' || !u.orgs || u.persons || u.word !== undefined) return -1;
  return lowerAt(units, k + 1) === ',' ? k : -1;
}

/** Whether the words from `k` are `seq`; returns the index after it, or -1. */
function seqEnd(units: Unit[], k: number, seq: readonly string[]): number {
  for (let n = 0; n < seq.length; n++) if (lowerAt(units, k + n) !== seq[n]) return -1;
  return k + seq.length;
}

/** After a buying noun at `k`: the index after its "of/de", or -1. */
function buyNounEnd(units: Unit[], k: number): number {
  if (!BUYING_NOUNS.has(lowerAt(units, k) ?? '')) return -1;
  for (let j = k + 1; j <= k + 1 + MAX_NOUN_QUALIFIERS; j++) {
    const w = lowerAt(units, j);
    if (w === null || PUNCT.test(w)) return -1;
    if (OF_WORDS.has(w)) return j + 1;
  }
  return -1;
}

/** The companies read from `k` on: a descriptor, a company, then "and/et/," another. */
function partiesFrom(units: Unit[], k: number, topic: readonly number[]): number[] {
  const found: number[] = [];
  let j = k;
  for (;;) {
    let steps = 0;
    while (steps < MAX_DESCRIPTOR && units[j]?.kind === 'tok') {
      const w = lowerAt(units, j)!;
      if (PUNCT.test(w) || AGENT_WORDS.has(w) || /\d|%/.test(w)) return found;
      j++;
      steps++;
    }
    const u = units[j];
    if (u?.kind !== 'ent' || !u.orgs || u.anaphor || u.ents.some((e) => topic.includes(e))) return found;
    // "de Y par X", "of Y by X", "of Y's unit": the noun has its own agent, or buys part of Y
    for (let n = j + 1; n <= j + 4; n++) {
      const w = lowerAt(units, n);
      if (w === null || w === ',' || w === '.') break;
      if (AGENT_WORDS.has(w) || /^['’]s$/.test(w)) return found;
    }
    found.push(j);
    const join = lowerAt(units, j + 1);
    if (join !== 'and' && join !== 'et' && join !== ',') return found;
    j += 2;
  }
}

/** Whether a word just before the cue at `k` undoes the deal or names another agent ("X's purchase of Y"). */
function cueUndone(units: Unit[], k: number): boolean {
  for (let n = k - 1; n >= Math.max(0, k - 3); n--) {
    const u = units[n];
    if (u.kind === 'ent') return true;
    if (UNDOING.test(u.token.lower) || /^['’]s$/.test(u.token.text)) return true;
  }
  return false;
}

function readTopicDeals(units: Unit[], type: 'ACQUIRED' | 'FUNDED'): Captures[] {
  const t = topicAt(units);
  if (t < 0) return [];
  const topic = (units[t] as Extract<Unit, { kind: 'ent' }>).ents;
  const targets: number[] = [];
  for (let k = t + 2; k < units.length; k++) {
    let end = -1;
    if (type === 'ACQUIRED') {
      end = buyNounEnd(units, k);
      for (const g of BUY_GERUNDS) if (end < 0) end = seqEnd(units, k, g);
    } else for (const c of FUND_CUES) if (end < 0) end = seqEnd(units, k, c);
    if (end < 0 || cueUndone(units, k)) continue;
    targets.push(...partiesFrom(units, end, topic));
  }
  if (targets.length === 0) return [];
  // another company able to act in the sentence (not the object of a preposition) may be the agent instead
  for (let k = t + 2; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs || targets.includes(k) || u.ents.some((e) => topic.includes(e))) continue;
    if (!isOblique(units, k)) return [];
  }
  return targets.map((g) => ({
    src: topic,
    tgt: (units[g] as Extract<Unit, { kind: 'ent' }>).ents,
    '#src': [t],
    '#tgt': [g],
    '#': [t],
  }));
}

function topicDealRule(lang: Language, type: 'ACQUIRED' | 'FUNDED'): Rule {
  const words =
    type === 'ACQUIRED'
      ? [...BUYING_NOUNS, 'buying', 'acquiring', 'racheté', 'repris']
      : ['investissement', 'investment', 'stake', 'participation', 'entrée', 'backing', 'investing'];
  return {
    id: `${lang}.${type === 'ACQUIRED' ? 'acquired' : 'funded'}.topic-deal-noun`,
    type,
    pattern: null,
    read: (units) => readTopicDeals(units, type),
    neededWords: words,
    source: 'src',
    target: 'tgt',
    // the agent is read from the sentence's topic, not from a verb: below a verb rule's reading
    confidence: 0.7,
  };
}

export const EN_TOPIC_DEAL_RULES: Rule[] = [topicDealRule('en', 'ACQUIRED'), topicDealRule('en', 'FUNDED')];
export const FR_TOPIC_DEAL_RULES: Rule[] = [topicDealRule('fr', 'ACQUIRED'), topicDealRule('fr', 'FUNDED')];
