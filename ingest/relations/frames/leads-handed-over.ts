import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, wordAt } from './founders-clause';
import { handedPersonAt } from './leads-appointed-post';

/**
 * A head who hands over the company's helm: "L'ancien P-dg avait cédé les rênes en 2011 à sa fille, P", "Le
 * fondateur a cédé en septembre la direction générale à P", "the founder handed the reins to P in 2020". The giver is a person (a company handing a post is `frame.leads.appointed-post`),
 * so the company is the one the article is about. A sentence naming any company leaves it to the rules that read
 * the names, and one with a pointer at a company before the verb ("son fondateur, qui a cédé …") too: the pointer
 * may take up another company than the topic, often one quoted last. A function handed over ("la direction
 * financière") is none. A helm whose company follows it ("a cédé lundi la direction générale de X à P", "handed
 * the reins of X to P") is read with that company, whatever else the sentence names.
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
  /^(en|in|au|début|fin|mi-|\d{4}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|on|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|lui-même|elle-même|himself|herself|over)$/;

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

/** Words linking the helm to its company ("la direction générale de X", "the reins of X"). */
const HELM_OF = /^(de|du|d'|of|at)$/;
/** Words before the company of the helm ("de la start-up", "of the bank"): the company may be a pointer. */
const HELM_OF_ARTICLE = /^(la|le|l'|the)$/;

/** The company whose helm ends at `k` ("de X", "of the group") and the unit after it, or null when none follows. */
function helmOwnerAt(units: Unit[], k: number): { org: number; end: number } | null {
  if (!HELM_OF.test(wordAt(units, k) ?? '')) return null;
  const at = HELM_OF_ARTICLE.test(wordAt(units, k + 1) ?? '') ? k + 2 : k + 1;
  return isOrgAt(units, at) ? { org: at, end: at + 1 } : null;
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

/** A hand-over of the helm to a person at `p`: the verb, the helm's company (-1 when none), the pointer before the verb. */
interface HandOver {
  t: number;
  p: number;
  owner: number;
  pointer: number;
}

/** Each hand-over of the helm to a person. */
function handOvers(units: Unit[]): HandOver[] {
  const out: HandOver[] = [];
  units.forEach((_, t) => {
    if (!HAND_OVER.test(wordAt(units, t) ?? '')) return;
    const helmEnd = afterHelm(units, afterTime(units, t + 1));
    if (helmEnd < 0) return;
    const owner = helmOwnerAt(units, helmEnd);
    const to = afterTime(units, owner ? owner.end : helmEnd);
    if (!/^(à|to)$/.test(wordAt(units, to) ?? '')) return;
    const p = handedPersonAt(units, to + 1);
    if (p >= 0) out.push({ t, p, owner: owner ? owner.org : -1, pointer: pointerBefore(units, t) });
  });
  return out;
}

function readHandedOverTopic(units: Unit[]): Captures[] {
  if (namesCompany(units)) return [];
  return handOvers(units)
    .filter((h) => h.pointer < 0 && h.owner < 0)
    .map((h) => ({ p: idsAt(units, h.p), '#p': [h.p], [MATCH_START]: [h.t] }));
}

/** "P a cédé lundi la direction générale de X à Q", "handed the reins of the group to Q": Q heads the helm's company. */
function readHandedOverOwned(units: Unit[]): Captures[] {
  return handOvers(units)
    .filter((h) => h.owner >= 0)
    .map((h) => ({
      p: idsAt(units, h.p),
      '#p': [h.p],
      org: idsAt(units, h.owner),
      '#org': [h.owner],
      [MATCH_START]: [h.t],
    }));
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
  {
    id: 'frame.leads.handed-over-owned',
    type: 'LEADS',
    read: readHandedOverOwned,
    neededWordPattern: HAND_OVER_START,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
