import type { Unit } from '../pattern';
import { clauseEnd, clauseStart, isTok, listFrom, lowerAt, subjectOf } from './funded-clause';
import type { FundingReading } from './funded-giver';
import { anyWordOf } from './word-cue';
import { firstGiver, giverOk, hasWord, refused, sentenceClauseEnd } from './funded-giver';

/**
 * A minority stake told from the company's side: "Y était détenue à hauteur de 35 % par A", "Y sold a 40% stake
 * to A". Read only with a percentage or a minority word; the rule drops a majority (that is a purchase).
 */

/** Participles of holding, read as a passive before "par". Not "owned 48 pct by": in English takeover news
 * the holder is most often a bidder building a stake, not a backer. */
const HELD_PARTICIPLE = /^(détenu|détenue|détenus|détenues)$/;
/** Verbs of selling, whose subject is the company when what is sold is a stake in it. */
const SELL_VERB = /^(sold|sells|sell|selling|cède|cèdent|cédé|cédait|cédera)$/;
/** Nouns of a share of the capital. */
const STAKE_NOUN = /^(stake|shareholding|participation|part|parts|%)$/;
/** The share is given: a percentage or a minority word. */
const SHARE_TOLD = /^(%|pct|percent|minoritaire|minority|minoritairement)$/;
/** Words after the stake that name what it is a stake in. */
const STAKE_IN_OTHER = /^(in|dans|de|du|des|d')$/;
/** A possessive before the stake: the stake was the subject's to sell. */
const HOLDER_POSSESSIVE = /^(its|their|his|her|sa|son|ses|leur|leurs)$/;
/** Units read from the holding participle to its "par"/"by" ("détenue depuis 2019 à hauteur de 35 % par"). */
const MAX_UNITS_HELD_TO_AGENT = 10;
/** Units read from the selling verb to the stake noun ("sold a 40 % stake"). */
const MAX_UNITS_SELL_TO_STAKE = 5;
/** Units read from the stake noun to "to"/"à" ("a 40 % stake in its Iberian arm to"). */
const MAX_UNITS_STAKE_TO_BUYER = 4;

function agentIndex(units: Unit[], from: number, max: number, re: RegExp): number {
  for (let k = from; k < units.length && k - from <= max; k++) {
    if (units[k].kind !== 'tok' || isTok(units, k, /^[,;:.]$/)) return -1;
    if (isTok(units, k, re)) return k;
  }
  return -1;
}

/** "Y était détenue depuis 2019 à hauteur de 35 % par le fonds A". */
function heldReading(units: Unit[], t: number): FundingReading | null {
  const by = agentIndex(units, t + 1, MAX_UNITS_HELD_TO_AGENT, /^par$/);
  if (by < 0 || !hasWord(units, t + 1, by, SHARE_TOLD)) return null;
  return reading(units, t, by + 1);
}

/** "Y sold a 40% stake to the fund A", "Y a cédé 30 % de son capital à A". */
function soldReading(units: Unit[], t: number): FundingReading | null {
  const stake = agentIndex(units, t + 1, MAX_UNITS_SELL_TO_STAKE, STAKE_NOUN);
  if (stake < 0 || !hasWord(units, t + 1, stake + 1, SHARE_TOLD)) return null;
  // "A sold its 40% stake to B": a holder selling what it held, not the company letting a backer in
  if (hasWord(units, t + 1, stake, HOLDER_POSSESSIVE)) return null;
  const to = agentIndex(units, stake + 1, MAX_UNITS_STAKE_TO_BUYER, /^(to|à)$/);
  if (to < 0) return null;
  const read = reading(units, t, to + 1);
  // "it sold a 20% stake to A": a stake in nothing else is a stake in the seller itself, whoever the pointer names
  // ("it sold a 20% stake in its Iberian arm to A" says whose stake it was: the pointer is left to doubt)
  return read && !hasWord(units, stake + 1, to, STAKE_IN_OTHER) ? { ...read, pointerOk: true } : read;
}

/** The company is the named subject before the trigger; the givers follow from `g`. */
function reading(units: Unit[], t: number, g: number): FundingReading | null {
  const cs = clauseStart(units, t);
  const ce = sentenceClauseEnd(units, t);
  if (refused(units, cs, clauseEnd(units, t), t)) return null;
  const first = firstGiver(units, g, ce);
  if (first < 0) return null;
  const src = listFrom(units, first, ce).filter((m) => giverOk(units, m));
  const subject = subjectOf(units, cs, t, false);
  if (subject.length !== 1) return null;
  return { src, tgt: subject[0], start: subject[0] };
}

/** Every word `minorityStakeReading` can fire on: a trigger added there belongs here too. */
export const STAKE_CUE = anyWordOf([HELD_PARTICIPLE, SELL_VERB]);

export function minorityStakeReading(units: Unit[], t: number): FundingReading | null {
  const w = lowerAt(units, t);
  if (HELD_PARTICIPLE.test(w)) return heldReading(units, t);
  if (SELL_VERB.test(w)) return soldReading(units, t);
  return null;
}
