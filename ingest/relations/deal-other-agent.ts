import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * A buying verb read with the wrong party on either side, where the clause itself says who is who:
 * - the infinitive has its own agent: "the bridge loan X provided for Itel to buy Anixter", "agreement for Z to
 *   purchase Y" (the name after "for" buys, not the lender before it); "Cyacq was formed by A and B to acquire
 *   Cyclops" (A and B set up the buyer, the vehicle buys);
 * - the name after the verb is where the shares were bought, not what: "shares bought on the Philadelphia Stock
 *   Exchange", "bought on the Tokyo market through Z" — one buys "on" a market, never "on" a company;
 * - the name after the verb only holds what was bought, a stake in the buyer itself: "USA Network acquired Time
 *   Inc's one-third interest in the network" (a partner bought out, no company taken over). When a company is named
 *   after "in" ("Trimac's stake in their jointly owned Tricil") the reading stays: the CA keys take the holder as
 *   the seller and the named company as bought from that same reading.
 */

const BUY_WORDS =
  /^(buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|purchasing|purchased|take|took|takes|taking)$/u;
/** Verbs that set up a vehicle for a purchase ("formed by A to acquire Y"). */
const SET_UP_WORDS = /^(formed|created|set|organized|organised|established|founded|incorporated)$/u;
/** Tokens that may stand between the set-up verb and "by" ("set up by"). */
const SET_UP_PARTICLE = /^(up|specifically|jointly|solely)$/u;
/** Words linking names of one list ("A and B", "A, B and C"), and the brackets of a wire ticker ("A <AVA>"). */
const LIST_LINKS = /^(and|,|or|<|>)$/u;
/** Nouns whose "of/by Z to buy" names the would-be buyer ("a move of Neptunia to acquire", "an attempt by Z to"). */
const ATTEMPT_NOUNS =
  /^(move|moves|attempt|attempts|bid|bids|effort|efforts|plan|plans|offer|offers|proposal|decision|right|option)$/u;

const word = (units: Unit[], i: number): string | null => {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
};

/** The symbol inside a wire ticker ("<AVA>"). */
const tickerWord = (units: Unit[], i: number): boolean =>
  word(units, i - 1) === '<' && word(units, i + 1) === '>';

/** "for Z to buy", "a move of Z to buy": an entity before "to buy" that is not the captured buyer. */
function infinitiveAgentBetween(units: Unit[], from: number, to: number, sources: number[]): boolean {
  for (let i = from + 1; i < to; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || u.ents.some((e) => sources.includes(e))) continue;
    if (word(units, i + 1) !== 'to' || !BUY_WORDS.test(word(units, i + 2) ?? '')) continue;
    const link = word(units, i - 1);
    if (link === 'for') return true;
    if ((link === 'of' || link === 'by') && ATTEMPT_NOUNS.test(word(units, i - 2) ?? '')) return true;
  }
  return false;
}

/** "formed by A and B to acquire": the source stands in the agent list of a set-up verb whose purpose is the deal. */
function founderOfBuyer(units: Unit[], at: number): boolean {
  let end = at + 1;
  while (units[end]?.kind === 'ent' || LIST_LINKS.test(word(units, end) ?? '') || tickerWord(units, end))
    end++;
  if (word(units, end) !== 'to' || !BUY_WORDS.test(word(units, end + 1) ?? '')) return false;
  let k = at - 1;
  while (k >= 0 && (units[k].kind === 'ent' || LIST_LINKS.test(word(units, k) ?? '') || tickerWord(units, k)))
    k--;
  if (word(units, k) !== 'by') return false;
  let v = k - 1;
  if (SET_UP_PARTICLE.test(word(units, v) ?? '')) v--;
  return SET_UP_WORDS.test(word(units, v) ?? '');
}

/** A holding's nouns: what a holder sells when its name stands before them with "'s". */
const HOLDING_NOUNS =
  /^(stake|stakes|interest|interests|holding|holdings|shareholding|participation|shares)$/u;
/** Words that may stand between the possessive and the holding noun ("one-third", "40 pct", "remaining"). */
const HOLDING_SPAN = 7;

/** Words after "in"/"dans" that may come before the company the stake is in ("their jointly owned Tricil"). */
const IN_SPAN = 4;

/** A company named right after "in": the stake is in that company, not in the buyer. */
function namedSoon(units: Unit[], from: number): boolean {
  // "remaining shares in 2028": a date, not a company the stake is in
  if (/^\d/u.test(word(units, from) ?? '')) return true;
  for (let i = from; i < from + IN_SPAN && i < units.length; i++) {
    if (units[i].kind === 'ent') return true;
    if (/^[,.;:]$/u.test(word(units, i) ?? '')) return false;
  }
  return false;
}

/** "la participation de Y dans Z", "les parts d'Y dans Z": the French holder stands after the holding noun. */
const HOLDING_NOUNS_FR = /^(participation|participations|parts|part|actions|titres|intérêts)$/u;

/** "Y's one-third interest in Z", "la participation de Y dans Z": the captured target only holds the stake bought. */
function holderOfStake(units: Unit[], at: number): boolean {
  const de = word(units, at - 1);
  if ((de === 'de' || de === "d'" || de === 'd’') && HOLDING_NOUNS_FR.test(word(units, at - 2) ?? ''))
    return word(units, at + 1) === 'dans' && !namedSoon(units, at + 2);
  const pos = word(units, at + 1);
  if (pos !== "'s" && pos !== '’s' && pos !== "'" && pos !== '’') return false;
  for (let i = at + 2; i <= at + 2 + HOLDING_SPAN && i < units.length; i++) {
    // a wire ticker after the holder ("Time Inc's <TL> one-third interest") is part of its name
    if (tickerWord(units, i)) continue;
    if (units[i].kind === 'ent') return false;
    if (HOLDING_NOUNS.test(word(units, i) ?? ''))
      return word(units, i + 1) === 'in' && !namedSoon(units, i + 2);
  }
  return false;
}

/** "on the Philadelphia Stock Exchange", "on Nasdaq": a market the shares were traded on. */
function tradedOn(units: Unit[], at: number): boolean {
  if (word(units, at - 1) === 'on') return true;
  return word(units, at - 1) === 'the' && word(units, at - 2) === 'on';
}

/** Participles of holding: the name after "held by" owns the shares sold, it does not buy them. */
const HELD_BY = /^(held|owned|détenues|détenus|détenue|détenu)$/u;
const BY = /^(by|par)$/u;
/** Words between a holding noun and its participle ("Y's shares held by Z", "the 2.1 mln shares owned by Z"). */
const HELD_NOUN_SPAN = 3;

/** "completed its purchase of Y's shares held by Z", "les actions détenues par Z": the source is the holder. */
function holderOfSharesBought(units: Unit[], s: number): boolean {
  if (!BY.test(word(units, s - 1) ?? '') || !HELD_BY.test(word(units, s - 2) ?? '')) return false;
  for (let k = s - 3; k >= 0 && s - 3 - k < HELD_NOUN_SPAN; k--) {
    const w = word(units, k);
    if (w !== null && (HOLDING_NOUNS.test(w) || HOLDING_NOUNS_FR.test(w))) return true;
  }
  return false;
}

/**
 * True when the clause names another buyer than the captured source (for a funding: the target is what another
 * party buys), or the target is a market traded on.
 */
export function dealOfAnotherAgent(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if ((rule.type !== 'ACQUIRED' && rule.type !== 'FUNDED') || !rule.source || !rule.target) return false;
  const s = capturedAt(caps, rule.source);
  const t = capturedAt(caps, rule.target);
  if (s < 0 || t < 0) return false;
  if (s > t) return holderOfSharesBought(units, s);
  // a lender "provided a loan for Z to buy Y" funds Z, not the company Z buys
  if (infinitiveAgentBetween(units, s, t, caps[rule.source] ?? [])) return true;
  if (holderOfStake(units, t)) return true;
  return rule.type === 'ACQUIRED' && (tradedOn(units, t) || founderOfBuyer(units, s));
}
