import type { Token } from '../tokens';
import { AUXILIARY, ADVERB } from './frames/founders-words';
import { FOUND_INFINITIVE, LEAVE_VERB } from './frames/founders-left-to-found';

/**
 * A person's pronoun before leaving a post to found a company: "Elle a quitté le groupe en 2018 pour créer Kelvia",
 * "He left the bank in 2019 to start Brightfold". Leaving is no career verb of its own (a company leaves a market or
 * an index), but leaving "pour fonder / to found" is told of people only, so the pronoun is the person told before
 * and `frames/founders-left-to-found.ts` reads the founding. "pour lancer un produit" is refused there: the
 * infinitive must be followed by a name or a company noun.
 */

const LEAVE = new RegExp(`^${LEAVE_VERB}$`);
const INFINITIVE = new RegExp(`^${FOUND_INFINITIVE}$`);
/** "pour"/"to" (French "pour y fonder" keeps its clitic). */
const PURPOSE = /^(pour|to)$/;
/** Most words between the pronoun and its leaving verb ("a finalement quitté", "had already left"). */
const MAX_VERB_GROUP = 3;
/** Most words between the leaving verb and "pour"/"to": the post left and a time ("le groupe en 2018"). */
const MAX_LEFT_WORDS = 8;
/** Words that end the clause of the leaving verb: a sentence mark, a relative or a new clause. */
const CLAUSE_END = /^(\.|;|:|!|\?|qui|who|which|que|qu'|et|and|mais|but)$/;

/** Whether the words after the pronoun at `i` leave a post to found a company (see the file comment). */
export function leftToFoundAfterPronoun(tokens: Token[], i: number): boolean {
  let k = i + 1;
  for (let seen = 0; k < tokens.length && seen < MAX_VERB_GROUP; k++, seen++) {
    const w = tokens[k].lower;
    if (!AUXILIARY.test(w) && !ADVERB.test(w)) break;
  }
  if (!LEAVE.test(tokens[k]?.lower ?? '')) return false;
  for (let gap = 0, j = k + 1; j < tokens.length && gap <= MAX_LEFT_WORDS; j++, gap++) {
    const w = tokens[j].lower;
    if (CLAUSE_END.test(w)) return false;
    if (!PURPOSE.test(w)) continue;
    const next = tokens[j + 1]?.lower === 'y' ? j + 2 : j + 1;
    return INFINITIVE.test(tokens[next]?.lower ?? '');
  }
  return false;
}
