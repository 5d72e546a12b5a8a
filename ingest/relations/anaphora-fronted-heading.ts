import type { Token } from '../tokens';
import { RUN_BY_PARTICIPLE } from './people-words';
import { firstWord } from './anaphora-founded-target';

/**
 * "Dirigée depuis 2021 par P, ex-directrice financière de Y, la coopérative a acquis …", "Désormais dirigée par P,
 * petite-fille du fondateur, l'entreprise …", "Chaired by P, a former Y banker, the group …": a sentence opening on
 * a participle of heading with its agent tells the company's head, and the company the agent's apposition names is
 * that person's past, not the subject. The pointer after the phrase is then read as after a fronted founding
 * (`opensOnFrontedPhrase`): the company the text is about, never the employer named in the phrase.
 */

const HEADING_PARTICIPLE = new RegExp(`^${RUN_BY_PARTICIPLE}$`);
/** Adverbs of time that may stand before the participle ("Désormais dirigée par P"). */
const BEFORE_PARTICIPLE = new Set(['désormais', 'toujours', 'aujourd’hui', "aujourd'hui", 'now', 'still']);
const AGENT_WORDS = new Set(['par', 'by']);
/** Most tokens between the participle and its agent word ("Dirigée depuis le 1er mars 2024 par"). */
const MAX_BEFORE_AGENT = 6;

/** True when the sentence opens on a participle of heading followed by its agent word. */
export function opensOnFrontedHeading(tokens: Token[]): boolean {
  const first = firstWord(tokens);
  if (first === undefined) return false;
  let at = tokens.indexOf(first);
  if (BEFORE_PARTICIPLE.has(first.lower)) at++;
  if (!HEADING_PARTICIPLE.test(tokens[at]?.lower ?? '')) return false;
  return tokens.slice(at + 1, at + 2 + MAX_BEFORE_AGENT).some((t) => AGENT_WORDS.has(t.lower));
}
