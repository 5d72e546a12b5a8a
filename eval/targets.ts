import type { AcqSlot } from './acquisitions-data';

/** A score to reach: F1 at least `f1` and, when given, precision at least `precision` (fractions 0..1). */
export interface Target {
  f1: number;
  precision?: number;
}

/** The project's targets for the dev gold set. */
export const GOLD_ENTITY_TARGET: Target = { f1: 0.9 };
export const GOLD_CORE_RELATIONS_TARGET: Target = { f1: 0.8, precision: 0.9 };
export const GOLD_ALL_RELATIONS_TARGET: Target = { f1: 0.75 };

/** Corporate Acquisitions per-slot F1 targets (exact match). */
export const ACQ_TARGETS: Record<AcqSlot, Target> = {
  PURCHASER: { f1: 0.7 },
  ACQUIRED: { f1: 0.7 },
  SELLER: { f1: 0.5 },
  DLRAMT: { f1: 0.8 },
};

/** Best published exact-match F1 per slot (SRV / Elie / PAUM, see ../shared/data/README.md), for comparison. */
export const ACQ_PUBLISHED_BEST_F1: Record<AcqSlot, number> = {
  PURCHASER: 0.511,
  ACQUIRED: 0.473,
  SELLER: 0.234,
  DLRAMT: 0.659,
};

export const WIKINEURAL_ORG_TARGET: Target = { f1: 0.7 };

export function meets(scores: { f1: number; precision: number }, target: Target): boolean {
  return scores.f1 >= target.f1 && (target.precision === undefined || scores.precision >= target.precision);
}

export function describeTarget(target: Target): string {
  const f1 = `F1≥${target.f1.toFixed(2)}`;
  return target.precision === undefined ? f1 : `${f1} P≥${target.precision.toFixed(2)}`;
}
