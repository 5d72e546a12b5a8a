import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import { careerVerbAfter } from './anaphora-person-pronoun';

/**
 * "…, qui l'avait racheté à son fondateur, l'ingénieur Gérard Perrin. Ce dernier avait créé l'entreprise en 1987",
 * "… a succédé à Jean-Marc Tessier. Ce dernier a également fondé en 2010 la medtech Visiotek": "ce dernier", "cette
 * dernière", "the latter" opening a sentence whose last named party was a person, before a verb only a person's
 * career takes (founding, heading), is that person. Before any other verb the phrase keeps its company reading
 * (pointing-phrases.ts `latterPhrase`): "ce dernier a racheté X" after a person is as often the person's company.
 */

/** French openings of the phrase: the verb group starts after its second word ("ce dernier avait créé"). */
const FRENCH_OPENINGS = new Set(['ce', 'cette']);
/** Tokens of the phrase itself ("ce dernier", "the latter"). */
const PHRASE_TOKENS = 2;

/**
 * Whether the latter phrase at `i`, whose last party is `ent`, stands for that person: the phrase opens its sentence
 * (`opensSentence`: no party named before it) and a founding or heading verb follows.
 */
export function latterPersonAt(
  tokens: Token[],
  i: number,
  ent: number,
  index: EntityIndex,
  opensSentence: boolean,
): boolean {
  if (!opensSentence || index.entities[ent].type !== 'Person') return false;
  return careerVerbAfter(tokens, i + PHRASE_TOKENS - 1, FRENCH_OPENINGS.has(tokens[i].lower));
}
