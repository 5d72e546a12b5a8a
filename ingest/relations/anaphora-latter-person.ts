import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import { careerVerbAfter } from './anaphora-person-pronoun';
import { postAfterPronoun } from './anaphora-person-post';
import { postAfterStakePhrase } from './anaphora-stake-then-post';

/**
 * "…, qui l'avait racheté à son fondateur, l'ingénieur Gérard Perrin. Ce dernier avait créé l'entreprise en 1987",
 * "… a succédé à Jean-Marc Tessier. Ce dernier a également fondé en 2010 la medtech Visiotek": "ce dernier", "cette
 * dernière", "the latter" opening a sentence whose last named party was a person, before a verb only a person's
 * career takes (founding, heading), is that person. Before any other verb the phrase keeps its company reading
 * (pointing-phrases.ts `latterPhrase`): "ce dernier a racheté X" after a person is as often the person's company.
 *
 * Day twenty-eight: the verb may come after an aside on the person ("Ce dernier, aujourd'hui âgé de 78 ans, préside
 * toujours le conseil de surveillance", "The latter, now 84, still chairs the board"), and a post held now counts as
 * a career verb ("Ce dernier reste président de l'entreprise", "The latter remains chairman").
 *
 * Day twenty-nine: so does a post after a stake phrase ("Ce dernier conserve 30 % des parts et reste président de
 * l'entreprise", anaphora-stake-then-post.ts).
 */

/** French openings of the phrase: the verb group starts after its second word ("ce dernier avait créé"). */
const FRENCH_OPENINGS = new Set(['ce', 'cette']);
/** Tokens of the phrase itself ("ce dernier", "the latter"). */
const PHRASE_TOKENS = 2;
/** Most tokens inside an aside between the phrase and its verb (", aujourd'hui âgé de 78 ans,", ", now 84,"). */
const MAX_ASIDE_TOKENS = 7;

/**
 * The index the verb group is read after: the phrase's last token, or the closing comma of an aside right after
 * it. An aside holds lower-case words and numbers only: a name or a capital opens another clause, no aside.
 */
function verbGroupFrom(tokens: readonly Token[], end: number): number {
  if (tokens[end + 1]?.text !== ',') return end;
  for (let k = end + 2; k < tokens.length && k <= end + 1 + MAX_ASIDE_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') return k > end + 2 ? k : end;
    if (t.kind === 'punct' || t.text !== t.lower) return end;
  }
  return end;
}

/**
 * Whether the latter phrase at `i`, whose last party is `ent`, stands for that person: the phrase opens its sentence
 * (`opensSentence`: no party named before it) and a founding or heading verb, or a post held now, follows.
 */
export function latterPersonAt(
  tokens: Token[],
  i: number,
  ent: number,
  index: EntityIndex,
  opensSentence: boolean,
): boolean {
  if (!opensSentence || index.entities[ent].type !== 'Person') return false;
  const from = verbGroupFrom(tokens, i + PHRASE_TOKENS - 1);
  return (
    careerVerbAfter(tokens, from, FRENCH_OPENINGS.has(tokens[i].lower)) ||
    postAfterPronoun(tokens, from) ||
    postAfterStakePhrase(tokens, from)
  );
}
