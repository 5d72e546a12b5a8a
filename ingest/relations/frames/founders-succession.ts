import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec, RuleSpec } from '../rule';
import { FOUNDER } from '../people-words';
import { isOblique } from '../syntax';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { captures } from './founders-founded';
import { FOUNDER_NOUN } from './founders-words';

/**
 * A head succeeding the company's founder, told with the appointment: "X named P chief executive, succeeding founder
 * Q, who will become non-executive chairman", "Elle succède à son fondateur, Q". The founder founded the company the
 * post is at: the sentence's subject, or the possessive's company when no company is named. The predecessor who moves to the chair still heads it.
 */

/** Verbs and participles of taking over from someone. */
const SUCCEED =
  /^(succeeding|succeeds|succeeded|replacing|replaces|replaced|succède|succédé|succédera|succédant|succéder|remplace|remplacera|remplaçant)$/;
const SUCCEED_WORDS =
  '(succède|succédera|succédant|succéder|succédé|remplace|remplacera|remplaçant|remplacé|succeeding|succeeds)';
/** Determiners before the predecessor ("its founder", "le fondateur"). */
const PREDECESSOR_DETERMINER = /^(its|the|their|le|la|l'|à|au)$/;
/** A year told between the verb and the predecessor ("a succédé en 2022 au fondateur", "succeeded in 2019"). */
const YEAR = /^(1[89]|20)\d\d$/;
/** Auxiliaries between a relative pronoun and the verb ("qui a succédé", "who had replaced"). */
const AUXILIARY = /^(a|avait|has|had)$/;
/** Most units from the successor to the relative pronoun ("P, présidente d'X, qui"). */
const MAX_SUCCESSOR_APPOSITION_UNITS = 6;
/** Most plain words between the determiners and the predecessor ("chief executive Q"). */
const MAX_PREDECESSOR_TITLE_WORDS = 3;
/** Verbs of the post the predecessor moves to ("who will become chairman", "qui deviendra président"). */
const MOVES_TO =
  /^(will|becomes|become|devient|deviendra|sera|prend|prendra|takes|remains|stays|reste|restera)$/;
/** Words between that verb and the chair's title ("become non-executive", "la présidence"). */
const TO_CHAIR_FILLER = /^(become|be|remain|stay|on|as|la|le|its|the|son|sa|non-executive|executive)$/;
/** A chair's title, the one post a predecessor moves to that still heads the company. */
const CHAIR_TITLE = /^(chairman|chairwoman|chair|président|présidente|présidence)$/;

/**
 * The sentence's subject before `t`: its first entity, a company after no preposition ("The company named P …,
 * replacing Q"); a pointer further on, in an apposition, is not read.
 */
function subjectBefore(units: Unit[], t: number): number {
  const o = units.findIndex((u) => u.kind === 'ent');
  const u = units[o];
  return o >= 0 && o < t && u.kind === 'ent' && u.orgs && !isOblique(units, o) ? o : -1;
}

/** After the verb at `t`: the predecessor's first unit, skipping determiners; and whether a founder's noun came. */
function predecessorAfter(units: Unit[], t: number): { p: number; founder: boolean } | null {
  let k = t + 1;
  if (/^(en|in)$/.test(wordAt(units, k) ?? '') && YEAR.test(wordAt(units, k + 1) ?? '')) k += 2;
  while (PREDECESSOR_DETERMINER.test(wordAt(units, k) ?? '')) k++;
  let founder = false;
  for (let n = 0; n <= MAX_PREDECESSOR_TITLE_WORDS && k < units.length; n++, k++) {
    if (isPersonAt(units, k)) return { p: k, founder };
    const w = wordAt(units, k);
    if (w === null) return null;
    if (FOUNDER_NOUN.test(w)) founder = true;
    else if (w !== ',' && !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
  }
  return null;
}

/** ", who will become non-executive chairman" after the person at `p`, and no other body's chair ("of", "de"). */
function movesToChair(units: Unit[], p: number): boolean {
  if (wordAt(units, p + 1) !== ',' || !/^(who|qui)$/.test(wordAt(units, p + 2) ?? '')) return false;
  let k = p + 3;
  if (!MOVES_TO.test(wordAt(units, k) ?? '')) return false;
  k++;
  while (TO_CHAIR_FILLER.test(wordAt(units, k) ?? '')) k++;
  if (!CHAIR_TITLE.test(wordAt(units, k) ?? '')) return false;
  return !/^(de|des|d')$/.test(wordAt(units, k + 1) ?? '');
}

/**
 * "X est dirigé depuis 2015 par P, qui a succédé au fondateur, Q", "P, présidente d'X, qui a succédé en 2022 au
 * fondateur, Q", "P, chief executive of X, who succeeded founder Q": the verb opens a relative clause on the
 * successor, whose post is at the company named in the successor's apposition, else at the last one named before
 * the successor. The predecessor founded that company, whatever the sentence's subject.
 */
function successorCompanyBefore(units: Unit[], t: number): number {
  const rel = AUXILIARY.test(wordAt(units, t - 1) ?? '') ? t - 2 : t - 1;
  if (!/^(qui|who)$/.test(wordAt(units, rel) ?? '') || wordAt(units, rel - 1) !== ',') return -1;
  let s = rel - 2;
  while (s >= 0 && rel - s <= MAX_SUCCESSOR_APPOSITION_UNITS && !isPersonAt(units, s)) s--;
  if (s < 0 || !isPersonAt(units, s) || wordAt(units, s + 1) !== ',') return -1;
  for (let k = rel - 2; k > s; k--) if (isOrgUnit(units, k)) return k;
  for (let k = s - 1; k >= 0; k--) if (isOrgUnit(units, k)) return k;
  return -1;
}

function isOrgUnit(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'ent' && u.orgs && !u.persons;
}

function readSuccession(units: Unit[], want: 'founder' | 'chair'): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (!SUCCEED.test(wordAt(units, t) ?? '')) return;
    const relative = want === 'founder' ? successorCompanyBefore(units, t) : -1;
    const org = relative >= 0 ? relative : subjectBefore(units, t);
    const pred = org < 0 ? null : predecessorAfter(units, t);
    if (!pred) return;
    const ok = want === 'founder' ? pred.founder : movesToChair(units, pred.p);
    if (ok) out.push(captures(idsAt(units, pred.p), pred.p, idsAt(units, org), org, org));
  });
  return out;
}

export const FOUNDER_SUCCESSION_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.succeeding-founder',
    type: 'FOUNDED',
    read: (units) => readSuccession(units, 'founder'),
    neededWordPattern: /^(succe|succè|succé|replac|rempla)/u,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
  {
    id: 'frame.leads.predecessor-becomes-chair',
    type: 'LEADS',
    read: (units) => readSuccession(units, 'chair'),
    neededWordPattern: /^(succe|succè|succé|replac|rempla)/u,
    source: 'p',
    target: 'org',
    confidence: 0.65,
  },
];

export const FOUNDER_SUCCESSION_FOUNDED_SPECS: RuleSpec[] = [
  {
    id: 'any.founded.succeeds-pointer-founder',
    type: 'FOUNDED',
    // "Elle succède à son fondateur, Q": no company named, the possessive's is the one the discourse resolves;
    // day twenty-nine: the past too ("P, qui a succédé à son fondateur, Q"), the handover done
    pattern: `${SUCCEED_WORDS} ?(à) @org ${FOUNDER} ?, %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];

/** Past forms of taking over: the handover is done, the predecessor out ("a succédé", "succeeded", "replaced"). */
const SUCCEEDED = /^(succeeded|replaced|succédé|remplacé)$/;

/**
 * The predecessors a past verb of taking over names ("qui a succédé en 2022 au fondateur, Q", "who replaced Q in
 * 2019") as entity ids, those moving to the chair aside: they gave the post up, so no title before them is theirs.
 * A handover told in the present ("Elle succède à Q, qui dirige le groupe depuis 2014") leaves Q in post until it
 * happens, and a passive ("replaced by P") names the successor.
 */
export function predecessorsOutOfPost(units: Unit[]): number[] {
  const out: number[] = [];
  units.forEach((_, t) => {
    if (!SUCCEEDED.test(wordAt(units, t) ?? '') || /^(by|par)$/.test(wordAt(units, t + 1) ?? '')) return;
    const pred = predecessorAfter(units, t);
    if (pred && !movesToChair(units, pred.p)) out.push(...idsAt(units, pred.p));
  });
  return out;
}
