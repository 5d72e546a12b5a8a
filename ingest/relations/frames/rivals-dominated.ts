import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isStop, wordAt } from './rivals-clause';
import { rivalsAfter } from './rivals-list';

/**
 * A market dominated by a list whose members carry descriptors ("Le marché européen reste dominé par le suédois A
 * et le français B"), and the firm that chases the list in a relative clause after it ("…, que C talonne
 * désormais", "…, which C now trails"): the list's members are rivals of one another, and C of each of them.
 */

const DOMINATED = /^(dominé|dominée|dominés|dominées|dominated)$/u;
const MARKET =
  /^(marché|marchés|market|markets|secteur|sector|segment|industry|industrie|rayon|filière|field|business)$/u;
/** Adverbs between "dominé" and "par" ("largement dominé par", "still dominated by"). */
const HOW_MUCH =
  /^(largely|mostly|still|heavily|largement|essentiellement|surtout|toujours|encore|désormais|nettement)$/u;
/** Units looked back from the participle for the market it is said of ("Le marché européen de la … reste dominé"). */
const MARKET_LOOKBACK_UNITS = 9;
/** Plain words allowed before the first member ("par le suédois A"): a determiner and a descriptor. */
const LEAD_WORDS = 2;

/** Verbs by which a firm chases the members of a list, in an object relative ("que C talonne", "which C trails"). */
const CHASING_VERB =
  /^(talonn\p{L}*|devan[cç]\p{L}*|concurren[cç](e|ent|ait|aient)|rattrap\p{L}*|dépass\p{L}*|défi(e|ent|ait|aient)|chatouill\p{L}*|trails|trailed|chases|chased|challenges|challenged|rivals|overtook|overtakes)$/u;
/** Adverbs between the chaser and its verb ("que C talonne désormais" has it after; "which C now trails" before). */
const CHASER_ADVERB = /^(now|still|closely|désormais|aujourd'hui|déjà)$/u;

function entsOf(units: Unit[], idx: number[]): number[] {
  return [
    ...new Set(idx.flatMap((i) => (units[i].kind === 'ent' ? (units[i] as { ents: number[] }).ents : []))),
  ];
}

/** A market word in the same clause within a few units before `k`. */
function marketBefore(units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MARKET_LOOKBACK_UNITS; j--) {
    if (isStop(units, j)) return false;
    if (MARKET.test(wordAt(units, j) ?? '')) return true;
  }
  return false;
}

/** The unit after "par/by" following a participle of dominance at `k`, or -1. */
function agentAfter(units: Unit[], k: number): number {
  let j = k + 1;
  if (HOW_MUCH.test(wordAt(units, j) ?? '')) j++;
  return /^(par|by)$/u.test(wordAt(units, j) ?? '') ? j + 1 : -1;
}

/** The organisation chasing the list in ", que C talonne" / ", which C trails" right after unit `last`, or -1. */
function chaserAfter(units: Unit[], last: number): number {
  if (wordAt(units, last + 1) !== ',' || !/^(que|qu'|which|that)$/u.test(wordAt(units, last + 2) ?? ''))
    return -1;
  const c = last + 3;
  const u = units[c];
  if (u?.kind !== 'ent' || !u.orgs) return -1;
  const v = CHASER_ADVERB.test(wordAt(units, c + 1) ?? '') ? c + 2 : c + 1;
  return CHASING_VERB.test(wordAt(units, v) ?? '') ? c : -1;
}

interface Dominance {
  at: number;
  list: number[];
  members: number[];
}

/** Every "market … dominé par A et B" of the sentence with its listed members. */
function dominances(units: Unit[]): Dominance[] {
  const out: Dominance[] = [];
  for (let k = 1; k < units.length; k++) {
    if (!DOMINATED.test(wordAt(units, k) ?? '') || !marketBefore(units, k)) continue;
    const from = agentAfter(units, k);
    if (from < 0) continue;
    // "dominé par A, filiale de H, B, passé …, et C": each member's remark is stepped over to reach the next
    const list = rivalsAfter(units, from, LEAD_WORDS, true, true);
    if (list.length > 0) out.push({ at: k, list, members: entsOf(units, list) });
  }
  return out;
}

function readDominatedTogether(units: Unit[], _lang: Language): Captures[] {
  return dominances(units).flatMap((d) =>
    d.members.length < 2 ? [] : [{ a: d.members, '#a': [d.list[0]], [MATCH_START]: [d.at] }],
  );
}

function readDominatedChaser(units: Unit[], _lang: Language): Captures[] {
  return dominances(units).flatMap((d) => {
    const chaser = chaserAfter(units, d.list[d.list.length - 1]);
    if (chaser < 0) return [];
    const a = entsOf(units, [chaser]).filter((e) => !d.members.includes(e));
    return a.length === 0
      ? []
      : [{ a, b: d.members, '#a': [chaser], '#b': [d.list[0]], [MATCH_START]: [d.at] }];
  });
}

export const DOMINATED_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-dominated-by',
    type: 'COMPETES_WITH',
    read: readDominatedTogether,
    neededWordPattern: DOMINATED,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-dominated-chaser',
    type: 'COMPETES_WITH',
    read: readDominatedChaser,
    neededWordPattern: DOMINATED,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
];
