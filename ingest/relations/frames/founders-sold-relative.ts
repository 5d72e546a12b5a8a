import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { FOUND_EN, FOUND_FR } from './founders-words';

/**
 * A company described by a relative telling what its founder did with it — founded it and sold it, or sold it:
 * "Cargolink, a freight-booking platform he co-founded with P and sold to Y in 2004", "Trekko, une agence qu'elle a
 * revendue au Club Med en 2016", "Néotherm, un spécialiste qu'il avait cofondé en 2011 puis cédé à Y". The buyer
 * after "to / à" acquired the company the relative hangs on (ACQUIRED Y → X); the relative's subject, a person or
 * a pronoun the units resolved to one, founded it when a founding verb stands before the sale, and a co-founder
 * after "with / avec" too. No negation, no infinitive ("hopes to sell"): only a participle or past of selling.
 */

/** Past forms of selling: the deal is done. */
const SOLD =
  /^(sold|revendu|revendue|revendus|revendues|vendu|vendue|vendus|vendues|cédé|cédée|cédés|cédées)$/;
/** The preposition before the buyer. */
const TO = /^(to|à|au|aux)$/;
/** Words that open the relative: its pronoun subject (English contact relative) or the French object pronoun. */
const RELATIVE_OPENER = /^(he|she|they|that|which|qu'|que|qu'il|qu'elle)$/;
/** Words that end the relative's reach: a clause or sentence boundary, or a negation. */
const STOP = /^([;:.!?»«]|but|mais|never|not|jamais|pas|n'|ne)$/;
/** Most units from the comma after the company to the buyer. */
const MAX_RELATIVE_UNITS = 22;
/** Plain words that may lead the buyer's name ("to US group Y", "au groupe allemand Y"). */
const MAX_BUYER_LEAD = 3;
const WITH = /^(with|avec)$/;

function isFoundVerb(w: string | null): boolean {
  return w !== null && (FOUND_EN.test(w) || FOUND_FR.test(w));
}

interface SoldRelative {
  company: number;
  buyer: number;
  /** The relative's subject when a founding verb came before the sale, else -1. */
  founder: number;
  /** Co-founders named after "with / avec" in the founding clause. */
  cofounders: number[];
}

/** The buyer's unit after the preposition at `k` (past a few lead words), else -1. */
function buyerAfter(units: Unit[], k: number): number {
  for (let j = k + 1; j <= k + 1 + MAX_BUYER_LEAD && j < units.length; j++) {
    if (isOrgAt(units, j) && !isPersonAt(units, j)) return j;
    const w = wordAt(units, j);
    if (w === null || !/^[\p{Ll}'-]+$/u.test(w)) return -1;
  }
  return -1;
}

/** The relative hung on the company at `x` ("X, a platform he co-founded … and sold to Y"), else null. */
function soldRelativeAt(units: Unit[], x: number): SoldRelative | null {
  if (!isOrgAt(units, x) || wordAt(units, x + 1) !== ',') return null;
  let opened = false;
  let subject = -1;
  let founded = false;
  const cofounders: number[] = [];
  for (let j = x + 2; j < units.length && j <= x + MAX_RELATIVE_UNITS; j++) {
    const w = wordAt(units, j);
    if (w !== null && (STOP.test(w) || w === ',')) return null;
    if (w !== null && RELATIVE_OPENER.test(w)) opened = true;
    if (isPersonAt(units, j)) {
      if (subject < 0 && !WITH.test(wordAt(units, j - 1) ?? '')) subject = j;
      else if (founded && WITH.test(wordAt(units, j - 1) ?? '')) cofounders.push(j);
      opened = true;
      continue;
    }
    // another company before the sale: the relative is about it, or names an employer
    if (units[j].kind === 'ent' && w === null) {
      if (!(founded && WITH.test(wordAt(units, j - 1) ?? ''))) return null;
      continue;
    }
    if (isFoundVerb(w) && opened) founded = true;
    if (w !== null && SOLD.test(w) && opened) {
      let k = j + 1;
      // "revendue en 2021 à Y", "sold last year to Y": a time phrase may come first
      while (k < units.length && k <= j + 4 && !TO.test(wordAt(units, k) ?? '') && wordAt(units, k) !== null)
        k++;
      if (!TO.test(wordAt(units, k) ?? '')) return null;
      const buyer = buyerAfter(units, k);
      if (buyer < 0) return null;
      return { company: x, buyer, founder: founded ? subject : -1, cofounders };
    }
  }
  return null;
}

function soldRelatives(units: Unit[]): SoldRelative[] {
  const out: SoldRelative[] = [];
  for (let x = 0; x < units.length; x++) {
    const r = soldRelativeAt(units, x);
    if (r !== null) out.push(r);
  }
  return out;
}

/** ACQUIRED: the buyer after "to / à" bought the company the relative hangs on. */
function readSoldRelative(units: Unit[]): Captures[] {
  return soldRelatives(units).map((r) => ({
    src: idsAt(units, r.buyer),
    tgt: idsAt(units, r.company),
    '#src': [r.buyer],
    '#tgt': [r.company],
    [MATCH_START]: [r.company],
  }));
}

/** FOUNDED: the relative's subject and its co-founders founded the company before selling it. */
function readFoundedThenSold(units: Unit[]): Captures[] {
  return soldRelatives(units).flatMap((r) =>
    (r.founder < 0 ? [] : [r.founder, ...r.cofounders]).map((p) => ({
      p: idsAt(units, p),
      org: idsAt(units, r.company),
      '#p': [p],
      '#org': [r.company],
      [MATCH_START]: [r.company],
    })),
  );
}

/** Level with the other frame readers, below every pattern rule. */
const FRAME_CONFIDENCE = 0.65;
const SOLD_WORDS = ['sold', 'revendu', 'revendue', 'vendu', 'vendue', 'cédé', 'cédée', 'revendus', 'cédés'];

export const SOLD_RELATIVE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.acquired.founder-sold-relative',
    type: 'ACQUIRED',
    read: readSoldRelative,
    neededWords: SOLD_WORDS,
    source: 'src',
    target: 'tgt',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.founded-then-sold-relative',
    type: 'FOUNDED',
    read: readFoundedThenSold,
    neededWords: SOLD_WORDS,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
];
