import type { RelationType } from '../ingest/types';
import type { Counts, Scores } from './prf';
import { scoresOf } from './prf';

/**
 * Attribute scoring: of a gold relation the extractor found (the same pairing the relation score uses), are its
 * amount and date right? Pure comparison and counting; eval/attributes-match.ts pairs the relations.
 */

/** Relation types whose gold carries a deal's amount and date (GOLD-FORMAT). */
export const VALUE_RELATION_TYPES = ['ACQUIRED', 'FUNDED', 'MERGED_WITH'] as const;
export type ValueRelationType = (typeof VALUE_RELATION_TYPES)[number];

/** Two amounts closer than this share of the gold's are the same figure (rounding of "environ 60 M€"). */
export const AMOUNT_TOLERANCE_RATIO = 0.01;

/**
 * `none`: neither side gives one (not scored). `currency`: the figures agree, the currencies do not. `coarser`:
 * the predicted date agrees but says less than the gold ("2021" for "2021-03").
 */
export type AmountOutcome = 'right' | 'wrong' | 'currency' | 'missed' | 'extra' | 'none';
export type DateOutcome = 'right' | 'coarser' | 'wrong' | 'missed' | 'extra' | 'none';

export const AMOUNT_OUTCOMES: readonly AmountOutcome[] = [
  'right',
  'wrong',
  'currency',
  'missed',
  'extra',
  'none',
];
export const DATE_OUTCOMES: readonly DateOutcome[] = ['right', 'coarser', 'wrong', 'missed', 'extra', 'none'];

export interface ValueSide {
  date: string | null;
  amount: number | null;
  currency: string | null;
}

export function compareAmount(gold: ValueSide, predicted: ValueSide): AmountOutcome {
  if (gold.amount === null) return predicted.amount === null ? 'none' : 'extra';
  if (predicted.amount === null) return 'missed';
  const close = Math.abs(predicted.amount - gold.amount) <= AMOUNT_TOLERANCE_RATIO * Math.abs(gold.amount);
  if (!close) return 'wrong';
  const bothKnown = gold.currency !== null && predicted.currency !== null;
  return bothKnown && gold.currency !== predicted.currency ? 'currency' : 'right';
}

/** Compared at the gold's precision: a predicted day inside the gold's month is right. */
export function compareDate(gold: ValueSide, predicted: ValueSide): DateOutcome {
  if (gold.date === null) return predicted.date === null ? 'none' : 'extra';
  if (predicted.date === null) return 'missed';
  if (predicted.date.startsWith(gold.date)) return 'right';
  return gold.date.startsWith(predicted.date) ? 'coarser' : 'wrong';
}

export interface AttributeCounts {
  amount: Record<AmountOutcome, number>;
  date: Record<DateOutcome, number>;
}

export type AttributeTally = Record<ValueRelationType, AttributeCounts>;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyAttributeTally(): AttributeTally {
  return Object.fromEntries(
    VALUE_RELATION_TYPES.map((t) => [t, { amount: zeros(AMOUNT_OUTCOMES), date: zeros(DATE_OUTCOMES) }]),
  ) as AttributeTally;
}

export function isValueRelationType(type: RelationType): type is ValueRelationType {
  return (VALUE_RELATION_TYPES as readonly string[]).includes(type);
}

/** Counts one matched pair; relation types that carry no values are ignored. */
export function tallyPair(
  tally: AttributeTally,
  type: RelationType,
  gold: ValueSide,
  predicted: ValueSide,
): void {
  if (!isValueRelationType(type)) return;
  tally[type].amount[compareAmount(gold, predicted)]++;
  tally[type].date[compareDate(gold, predicted)]++;
}

export function addAttributeTally(into: AttributeTally, more: AttributeTally): AttributeTally {
  for (const t of VALUE_RELATION_TYPES) {
    for (const o of AMOUNT_OUTCOMES) into[t].amount[o] += more[t].amount[o];
    for (const o of DATE_OUTCOMES) into[t].date[o] += more[t].date[o];
  }
  return into;
}

/**
 * As a slot score: a value given and not right is a false positive, a gold value not given right a false
 * negative (a wrong one is both), like the acquisitions slots. A coarser date is not right.
 */
export function amountCounts(a: Record<AmountOutcome, number>): Counts {
  return { tp: a.right, fp: a.wrong + a.currency + a.extra, fn: a.wrong + a.currency + a.missed };
}

export function dateCounts(d: Record<DateOutcome, number>): Counts {
  return { tp: d.right, fp: d.wrong + d.coarser + d.extra, fn: d.wrong + d.coarser + d.missed };
}

export interface AttributeScores {
  amount: Record<AmountOutcome, number> & { scores: Scores };
  date: Record<DateOutcome, number> & { scores: Scores };
}

/** What the results JSON keeps of a set: the outcome counts and the slot scores, per type and summed. */
export type AttributeSlice = Record<ValueRelationType | 'all', AttributeScores>;

function sumTypes(tally: AttributeTally): AttributeCounts {
  const total = { amount: zeros(AMOUNT_OUTCOMES), date: zeros(DATE_OUTCOMES) };
  for (const t of VALUE_RELATION_TYPES) {
    for (const o of AMOUNT_OUTCOMES) total.amount[o] += tally[t].amount[o];
    for (const o of DATE_OUTCOMES) total.date[o] += tally[t].date[o];
  }
  return total;
}

const scored = (c: AttributeCounts): AttributeScores => ({
  amount: { ...c.amount, scores: scoresOf(amountCounts(c.amount)) },
  date: { ...c.date, scores: scoresOf(dateCounts(c.date)) },
});

export function attributeSlice(tally: AttributeTally): AttributeSlice {
  const out = Object.fromEntries(VALUE_RELATION_TYPES.map((t) => [t, scored(tally[t])]));
  return { ...out, all: scored(sumTypes(tally)) } as AttributeSlice;
}
