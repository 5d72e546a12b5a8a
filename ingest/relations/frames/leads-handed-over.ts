import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, wordAt } from './founders-clause';
import { handedPersonAt } from './leads-appointed-post';

/**
 * A head who hands over the company's helm: "L'ancien P-dg avait cédé les rênes en 2011 à sa fille, P", "Le
 * fondateur a cédé en septembre la direction générale à P", "the founder handed the reins to P in 2020". The giver is a person (a company handing a post is `frame.leads.appointed-post`),
 * so the company is the one the article is about. A sentence naming any company leaves it to the rules that read
 * the names, and one with a pointer at a company before the verb ("son fondateur, qui a cédé …") too: the pointer
 * may take up another company than the topic, often one quoted last. A function handed over ("la direction
 * financière") is none.
 */

/** Verbs of handing over, any tense used in news. */
const HAND_OVER =
  /^(cédé|cède|cédait|cédera|passé|passe|passait|passera|transmis|transmet|transmettra|handed|hands|hand|passed|passes|pass|turned)$/;
/** The helm handed over: "les rênes", "la main", "le flambeau", "la direction générale", "the reins". */
const HELM: readonly (readonly string[])[] = [
  ['les', 'rênes'],
  ['la', 'main'],
  ['le', 'flambeau'],
  ['la', 'direction', 'générale'],
  ['la', 'présidence', 'du', 'directoire'],
  ['les', 'commandes'],
  ['the', 'reins'],
  ['the', 'helm'],
  ['the', 'chief', 'executive', 'role'],
  ['the', 'chief', 'executive', 'job'],
];
/** Time words the helm and the person may be apart by ("en septembre", "en 2011", "in 2020"), in units. */
const MAX_TIME_UNITS = 3;
const TIME_WORD =
  /^(en|in|au|début|fin|mi-|\d{4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|lui-même|elle-même|himself|herself|over)$/;

/** Skips time words from `k`; returns the first unit after them. */
function afterTime(units: Unit[], k: number): number {
  let j = k;
  while (j - k < MAX_TIME_UNITS && TIME_WORD.test(wordAt(units, j) ?? '')) j++;
  return j;
}

/** The unit after the helm's words starting at `k`, or -1 when none stands there. */
function afterHelm(units: Unit[], k: number): number {
  for (const words of HELM) if (words.every((w, n) => wordAt(units, k + n) === w)) return k + words.length;
  return -1;
}

/** Whether the sentence names a company (a pointer at one, "son", "its", is no name). */
function namesCompany(units: Unit[]): boolean {
  return units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor);
}

/** The last pointer at a company before unit `t` ("son" of "son fondateur"), or -1. */
function pointerBefore(units: Unit[], t: number): number {
  for (let j = t - 1; j >= 0; j--)
    if (units[j].kind === 'ent' && (units[j] as { orgs: boolean }).orgs) return j;
  return -1;
}

/** Each hand-over of the helm to a person, with the pointer at a company before the verb (-1 when none). */
function handOvers(units: Unit[]): { t: number; p: number; pointer: number }[] {
  if (namesCompany(units)) return [];
  const out: { t: number; p: number; pointer: number }[] = [];
  units.forEach((_, t) => {
    if (!HAND_OVER.test(wordAt(units, t) ?? '')) return;
    const helmEnd = afterHelm(units, afterTime(units, t + 1));
    if (helmEnd < 0) return;
    const to = afterTime(units, helmEnd);
    if (!/^(à|to)$/.test(wordAt(units, to) ?? '')) return;
    const p = handedPersonAt(units, to + 1);
    if (p >= 0) out.push({ t, p, pointer: pointerBefore(units, t) });
  });
  return out;
}

function readHandedOverTopic(units: Unit[]): Captures[] {
  return handOvers(units)
    .filter((h) => h.pointer < 0)
    .map((h) => ({ p: idsAt(units, h.p), '#p': [h.p], [MATCH_START]: [h.t] }));
}

/** Words a sentence needs for either reader. */
const HAND_OVER_START = /^(céd|cède|pass|transm|hand|turned)/u;

export const HANDED_OVER_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.handed-over-topic',
    type: 'LEADS',
    read: readHandedOverTopic,
    neededWordPattern: HAND_OVER_START,
    source: 'p',
    target: 'org',
    topicTarget: true,
    // below the rules that read a company's name: the article's company is inferred
    confidence: 0.6,
  },
];
