import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { entsAt, wordAt } from './clause';
import { isTok, lowerAt } from './funded-clause';

/**
 * A company's shareholding told as a list of holders, each with its own share: "Y est détenu à 58 % par P, à 25 %
 * par A et à 7 % par B", "Détenu à 65 % par A et à 35 % par B, Y …", "A owns 40% of Y, B 35% and C the rest",
 * "A owns about 30% of Y and B 18%, while C, a strategic investor since 2023, holds 9%". Each share belongs to the
 * holder standing beside it, not to the list's first or last one: a holder under half of the company has taken a
 * minority stake (GOLD-FORMAT: FUNDED); one at half or more controls it and is left to the purchase rules; a person
 * holding shares (a founder) is no backer told. Without a named company after "of/de" the active list is a market
 * share ("holds 31% of installed units, B 19%") and is not read.
 */

/** One holder and its own share of the company, in percent. */
export interface Holding {
  /** The holder's unit, or -1 for one the entity pass left unnamed. */
  holder: number;
  percent: number;
}

/** The company a share list is about and its holders, unit indices. */
export interface ShareList {
  company: number;
  holdings: Holding[];
}

/** Participles of being held, agreeing with the company. */
const HELD_PARTICIPLE = /^(détenu|détenue|détenus|détenues)$/;
/** Verbs of holding whose subject is the holder. */
const HOLDS_VERB =
  /^(owns|own|holds|hold|owned|held|détient|détiennent|détenait|détenaient|possède|possèdent)$/;
/** Every word a share list needs: the reader returns nothing on a sentence with none of them. */
export const SHARE_LIST_START_WORDS: readonly string[] = [
  'détenu',
  'détenue',
  'détenus',
  'détenues',
  'owns',
  'own',
  'holds',
  'hold',
  'owned',
  'held',
  'détient',
  'détiennent',
  'détenait',
  'détenaient',
  'possède',
  'possèdent',
];
/** Words of the rest of the capital ("and C the rest", "et C le solde"). */
const REST_WORD = /^(rest|remainder|balance|reste|solde)$/;
/** Hedges before a share ("about 30%", "environ 24 %"). */
const HEDGE = /^(about|around|some|roughly|nearly|almost|approximately|environ|près|quelque)$/;
/** Copulas before the participle whose subject is the company ("Y est désormais détenu"). */
const COPULA = /^(est|sont|était|étaient|reste|restent|sera|seront|serait)$/;
/** Adverbs between the copula and the participle. */
const COPULA_ADVERB = /^(désormais|aujourd'hui|toujours|encore|déjà|alors|ainsi)$/;
/** Words between "par" and the holder's name: determiners and a holder's descriptor ("le fonds", "la holding"). */
const HOLDER_LEAD_UNITS = 3;
/** A word that makes the name after it another's (the holders "de Y"): that name is no holder. */
const OF_WORD = /^(de|des|du|d'|of)$/;
/** Units of an apposition skipped after a holder before the next share ("B, la holding d'un groupe vendéen,"). */
const MAX_SEGMENT_GAP_UNITS = 14;
/** Below this share of a company a holder is a minority backer; at it or above, control. */
const CONTROL_PERCENT = 50;
/** The whole of a company's capital, for "the rest". */
const WHOLE_PERCENT = 100;
/** Confidence of a holding read here: below the pattern rules', as every frame reader's. */
const SHARE_LIST_CONFIDENCE = 0.6;

/** The share starting at unit `i` ("30 %", "30%", "38 per cent", "about 30%"): its value and the unit after it. */
function shareAt(units: Unit[], i: number): { percent: number; next: number } | null {
  let k = i;
  if (isTok(units, k, HEDGE)) k++;
  if (isTok(units, k, /^de$/) && isTok(units, k - 1, /^près$/)) k++;
  const u = units[k];
  if (u?.kind !== 'tok' || u.token.kind !== 'number') return null;
  const percent = Number(u.token.text.replace(',', '.'));
  if (!(percent > 0 && percent <= WHOLE_PERCENT)) return null;
  if (isTok(units, k + 1, /^(%|pct|percent)$/)) return { percent, next: k + 2 };
  if (isTok(units, k + 1, /^(per|pour)$/) && isTok(units, k + 2, /^cent$/)) return { percent, next: k + 3 };
  return null;
}

/** The holder's name after "par"/"by" at `i`: past a determiner and a descriptor, never a name qualified by "de". */
function holderAfter(units: Unit[], i: number): number {
  for (let k = i; k < units.length && k - i <= HOLDER_LEAD_UNITS; k++) {
    if (units[k].kind === 'ent') return k;
    if (OF_WORD.test(wordAt(units, k)) || isTok(units, k, /^[,;:.()]$/)) return -1;
  }
  return -1;
}

/** The next unit from `from` where a passive share segment starts ("à 25 % par", "et à 7 % par"), or -1. */
function nextPassiveSegment(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k - from <= MAX_SEGMENT_GAP_UNITS; k++) {
    if (isTok(units, k, /^[.;:]$/)) return -1;
    if (isTok(units, k, /^à$/) && (isTok(units, k - 1, /^(,|et)$/) || k === from)) return k;
  }
  return -1;
}

/**
 * "à (hauteur de) 25 % par A" from `k` (the "à"): the holding and where to look for the next one. A holder the
 * entity pass left unnamed ("à 52 % par la famille Vallat") keeps its place in the list with no name (-1), so the
 * shares after it are still read.
 */
function passiveSegment(units: Unit[], k: number): { holding: Holding; next: number } | null {
  let s = k + 1;
  if (isTok(units, s, /^hauteur$/) && isTok(units, s + 1, /^de$/)) s += 2;
  const share = shareAt(units, s);
  if (!share || !isTok(units, share.next, /^par$/)) return null;
  const holder = holderAfter(units, share.next + 1);
  return { holding: { holder, percent: share.percent }, next: holder < 0 ? share.next + 1 : holder + 1 };
}

/** The company held: the copula's subject, the name before "Y, détenu", or the subject after a fronted list. */
function heldCompany(units: Unit[], p: number, listEnd: number): number {
  let k = p - 1;
  while (isTok(units, k, COPULA_ADVERB)) k--;
  if (isTok(units, k, COPULA) && units[k - 1]?.kind === 'ent') return k - 1;
  if (isTok(units, p - 1, /^,$/) && units[p - 2]?.kind === 'ent') return p - 2;
  if (p !== 0) return -1;
  for (let j = listEnd; j < units.length && j - listEnd <= MAX_SEGMENT_GAP_UNITS; j++)
    if (isTok(units, j, /^,$/) && units[j + 1]?.kind === 'ent') return j + 1;
  return -1;
}

/** "Y est détenu à 58 % par P, à 25 % par A et à 7 % par B" from the participle at `p`. */
function passiveList(units: Unit[], p: number): ShareList | null {
  const holdings: Holding[] = [];
  let k = p + 1;
  if (isTok(units, k, /^depuis$/)) k += 2;
  let at = k;
  while (at >= 0) {
    const seg = passiveSegment(units, at);
    if (!seg) break;
    holdings.push(seg.holding);
    k = seg.next;
    at = nextPassiveSegment(units, k);
  }
  if (holdings.length < 2) return null;
  const company = heldCompany(units, p, k);
  return company < 0 ? null : { company, holdings };
}

/** "B 35%", "C the rest", "C, a strategic investor since 2023, holds 9%" from the name at `h`. */
function gappedHolding(units: Unit[], h: number, known: number): Holding | null {
  const share = shareAt(units, h + 1);
  if (share) return { holder: h, percent: share.percent };
  if (isTok(units, h + 1, /^(the|le)$/) && isTok(units, h + 2, REST_WORD))
    return { holder: h, percent: WHOLE_PERCENT - known };
  for (let k = h + 1; k < units.length && k - h <= MAX_SEGMENT_GAP_UNITS; k++) {
    if (isTok(units, k, /^[.;:]$/) || units[k].kind === 'ent') return null;
    if (!isTok(units, k, HOLDS_VERB)) continue;
    const held = shareAt(units, k + 1);
    // "holds 9% of Z": a share of another company, not of this list's
    if (!held || OF_WORD.test(wordAt(units, held.next))) return null;
    return { holder: h, percent: held.percent };
  }
  return null;
}

/** "A owns 40% of Y, B 35% and C the rest" from the verb at `v`; a share of no named company is a market share. */
function activeList(units: Unit[], v: number): ShareList | null {
  const first = units[v - 1]?.kind === 'ent' ? v - 1 : -1;
  const share = shareAt(units, v + 1);
  if (first < 0 || !share) return null;
  let k = share.next;
  if (!OF_WORD.test(wordAt(units, k))) return null;
  if (isTok(units, k + 1, /^capital$/) && OF_WORD.test(wordAt(units, k + 2))) k += 2;
  const company = k + 1;
  const u = units[company];
  if (u?.kind !== 'ent' || !u.orgs || u.anaphor) return null;
  const holdings: Holding[] = [{ holder: first, percent: share.percent }];
  k = company + 1;
  while (isTok(units, k, /^(,|and|et|while|tandis|que|alors)$/)) {
    let h = k;
    while (isTok(units, h, /^(,|and|et|while|tandis|que|alors)$/)) h++;
    if (units[h]?.kind !== 'ent') break;
    const known = holdings.reduce((sum, x) => sum + x.percent, 0);
    const next = gappedHolding(units, h, known);
    if (!next || next.percent <= 0) break;
    holdings.push(next);
    k = h + 1;
    while (k < units.length && !isTok(units, k, /^(,|and|et|while|[.;:])$/)) k++;
  }
  return holdings.length < 2 ? null : { company, holdings };
}

/** The share lists of a sentence. */
export function shareLists(units: Unit[]): ShareList[] {
  const out: ShareList[] = [];
  for (let t = 0; t < units.length; t++) {
    // a sentence-opening participle may stand as a lone capitalised unit ("Détenu à 65 % par A …")
    const word = lowerAt(units, t);
    const list = HELD_PARTICIPLE.test(word)
      ? passiveList(units, t)
      : isTok(units, t, HOLDS_VERB)
        ? activeList(units, t)
        : null;
    if (list) out.push(list);
  }
  return out;
}

/** The minority holders of each list, as FUNDED captures holder → company. */
function minorityHolders(units: Unit[]): Captures[] {
  return shareLists(units).flatMap(({ company, holdings }) =>
    holdings
      .filter(({ holder, percent }) => {
        const u = units[holder];
        const tgt = entsAt(units, company);
        return (
          holder >= 0 &&
          percent < CONTROL_PERCENT &&
          u.kind === 'ent' &&
          u.orgs &&
          !u.persons &&
          !u.ents.some((e) => tgt.includes(e))
        );
      })
      .map(({ holder }) => ({
        src: entsAt(units, holder),
        '#src': [holder],
        tgt: entsAt(units, company),
        '#tgt': [company],
        [MATCH_START]: [Math.min(holder, company)],
      })),
  );
}

export const SHARE_LIST_FRAMES = readerRules([
  {
    id: 'any.funded.frame-share-list',
    type: 'FUNDED',
    neededWords: SHARE_LIST_START_WORDS,
    read: minorityHolders,
    source: 'src',
    target: 'tgt',
    confidence: SHARE_LIST_CONFIDENCE,
  },
]);
