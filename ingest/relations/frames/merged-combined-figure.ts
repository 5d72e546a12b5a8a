import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * "raised a combined $300 million", "their combined revenue of €2bn", "the combined group": "combined" as an
 * adjective adds up figures or names the result, and no company combines with another in that sentence. It is
 * one after a determiner or before a figure or a noun of size.
 */
const DETERMINER = /^(a|an|the|their|its|our|his|her|whose)$/;
const FIGURE_AFTER =
  /^([$€£\d].*|revenues?|sales|turnover|value|valuation|market|workforce|total|capacity|shares?|assets|staff|output|funding|customers|users|employees|fleet|footprint)$/;

export function combinedAsFigure(units: Unit[], i: number): boolean {
  if (wordAt(units, i) !== 'combined') return false;
  return DETERMINER.test(wordAt(units, i - 1)) || FIGURE_AFTER.test(wordAt(units, i + 1));
}
