import type { Token } from '../tokens';
import { isWorldGivenName } from './person-given-names';

const FAMILY_AFTER = new Set(['family', 'families']);
const FAMILY_BEFORE = new Set(['famille', 'familles', 'clan']);

/** Capitalised particles of a surname that the run cutter strips as articles ("la famille Le Goff" → "Goff"). */
const SURNAME_PARTICLES = new Set(['le', 'la', 'les', 'du', 'de', 'des', 'van', 'von', 'da', 'di']);

/**
 * "the X family", "la famille X": a family is neither an organisation nor one person. The family's trade may stand
 * between the name and the noun ("the Holm shipping family"), and a surname's particle between "famille" and the
 * name the cutter kept ("la famille Le Goff").
 */
export function isFamilyName(tokens: Token[], from: number, to: number): boolean {
  // "the Roy E. Disney family company": a full personal name still names its person
  if (to - from >= 2 && isWorldGivenName(tokens[from].lower)) return false;
  const next = tokens[to];
  if (next && FAMILY_AFTER.has(next.lower)) return true;
  const trade = next && next.kind === 'word' && next.text === next.lower && next.text.length > 1;
  if (trade && FAMILY_AFTER.has(tokens[to + 1]?.lower ?? '') && tokens[from - 1]?.lower === 'the')
    return true;
  const prev = tokens[from - 1];
  if (prev && FAMILY_BEFORE.has(prev.lower)) return true;
  const particle = !!prev && /^\p{Lu}/u.test(prev.text) && SURNAME_PARTICLES.has(prev.lower);
  return particle && FAMILY_BEFORE.has(tokens[from - 2]?.lower ?? '');
}
