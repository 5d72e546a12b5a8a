import type { ExtractedEntity, ExtractedRelation } from '../ingest/types';
import { foldName } from '../ingest/resolve/normalize';
import type { GoldEntity, GoldRelation } from './gold';
import { foldSet, intersects } from './match';

/**
 * Why a gold relation was missed, told from the extraction alone, so that the stage to work on shows even on a
 * blind set whose texts nobody reads: only these counts leave the scorer.
 *
 * - `end-not-found`: no predicted entity matches one of its ends (a naming or resolution problem);
 * - `other-type`: the two ends are linked, but by a relation of another type;
 * - `reversed`: linked by this type the other way round;
 * - `held-back`: predicted with this type and direction, but rumoured or abandoned;
 * - `unlinked-named`: both ends found and named in the evidence sentence, no relation between them;
 * - `unlinked-anaphoric`: both ends found, no relation, and the evidence sentence names only one end or none (the
 *   other is a pronoun, a possessive, "the company" or the article's implicit subject).
 */
export const MISS_CAUSES = [
  'end-not-found',
  'other-type',
  'reversed',
  'held-back',
  'unlinked-named',
  'unlinked-anaphoric',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];
export type MissCauseCounts = Record<MissCause, number>;

export function emptyMissCauses(): MissCauseCounts {
  return Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as MissCauseCounts;
}

export function addMissCauses(into: MissCauseCounts, from: MissCauseCounts): void {
  for (const c of MISS_CAUSES) into[c] += from[c];
}

/** Space-padded folded text, so that a folded name is found as whole words only. */
const padded = (text: string): string => ` ${foldName(text)} `;

/** Classifies each missed gold relation of one article; `predRelations` are all predictions, any status. */
export function missCauses(
  goldEntities: readonly GoldEntity[],
  missed: readonly GoldRelation[],
  predEntities: readonly ExtractedEntity[],
  predRelations: readonly ExtractedRelation[],
): MissCauseCounts {
  const counts = emptyMissCauses();
  const goldForms = (name: string): Set<string> => {
    const entity = goldEntities.find((e) => e.name === name);
    return foldSet(name, entity?.aliases ?? []);
  };
  const predForms = predEntities.map((e) => foldSet(e.name, e.aliases));
  // A predicted relation's end is known by every form of the predicted entity it names.
  const predEnd = (name: string): Set<string> => {
    const own = foldSet(name);
    const entity = predForms.find((forms) => intersects(forms, own));
    return entity ? new Set([...own, ...entity]) : own;
  };
  const linked = predRelations.map((r) => ({ r, source: predEnd(r.source), target: predEnd(r.target) }));
  for (const g of missed) {
    const source = goldForms(g.source);
    const target = goldForms(g.target);
    const found = (forms: Set<string>): boolean => predForms.some((p) => intersects(p, forms));
    if (!found(source) || !found(target)) {
      counts['end-not-found']++;
      continue;
    }
    const forward = linked.filter((l) => intersects(l.source, source) && intersects(l.target, target));
    const backward = linked.filter((l) => intersects(l.source, target) && intersects(l.target, source));
    if (forward.some((l) => l.r.type === g.type)) counts['held-back']++;
    else if (backward.some((l) => l.r.type === g.type)) counts.reversed++;
    else if (forward.length > 0 || backward.length > 0) counts['other-type']++;
    else {
      const evidence = g.evidence ? padded(g.evidence) : null;
      const named = (forms: Set<string>): boolean =>
        evidence === null || [...forms].some((f) => evidence.includes(` ${f} `));
      counts[named(source) && named(target) ? 'unlinked-named' : 'unlinked-anaphoric']++;
    }
  }
  return counts;
}
