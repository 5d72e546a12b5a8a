import type { Unit } from '../../../ingest/relations/pattern';
import { tokenize } from '../../../ingest/tokens';

/**
 * Units from text where "[Name]" marks one organisation (ids count from 0 in order of appearance): rule tests state
 * a sentence's parties without running entity detection.
 */
export function bracketUnits(text: string): Unit[] {
  const out: Unit[] = [];
  let ent = 0;
  for (const piece of text.split(/(\[[^\]]+\])/)) {
    if (piece.startsWith('[')) {
      out.push({ kind: 'ent', ents: [ent++], orgs: true, persons: false, anaphor: false, start: 0, end: 0 });
      continue;
    }
    for (const token of tokenize(piece)) out.push({ kind: 'tok', token });
  }
  return out;
}
