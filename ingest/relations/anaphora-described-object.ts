import type { Token } from '../tokens';
import type { Unit } from './pattern';
import type { GenderMap } from './anaphora-latter-gender';

/**
 * "In January, Harrow paid $120 million for Verdana, a Brooklyn-based maker of plant-based burgers. It is run by
 * co-founder Mei Tan": a company named after the sentence's subject and described there by an apposition (", a
 * maker of …", ", the market leader in …", ", une start-up …") is what the next sentence's "It"/"Il"/"Elle" stands
 * for when that sentence only tells who runs or founded it ("It is run by P", "Elle est dirigée depuis 2018 par
 * P", "It was founded in 1998 by P"): the article turns to the company it has just introduced. A company named
 * without a description ("… paid $130 million for Norland Controls. It is run by P") leaves the pronoun to the
 * subject, as before.
 */

/** Articles opening an apposition that describes the name before it. */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the', 'un', 'une']);
/** "It is", "Elle est", "Il a été": the passive's auxiliaries. */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'has', 'been', 'est', 'était', 'a', 'avait', 'été']);
/** Participles telling who runs or founded the company. */
const HEAD_PARTICIPLES =
  /^(run|led|headed|managed|chaired|founded|co-founded|cofounded|dirigée?|présidée?|géré|gérée|pilotée?|fondée?|cofondée?|créée?)$/;
/** Words between the auxiliary and the participle ("now", "since 2019", "depuis 2018", "en 2011"). */
const INSERTED_WORDS = /^(now|still|currently|also|since|in|depuis|toujours|aujourd'hui|désormais|en|\d{4})$/;
/** The agent's preposition after the participle. */
const AGENT_WORDS = new Set(['by', 'par']);
/** Most tokens from the participle to the agent's preposition ("founded in 1998 by", "dirigée depuis 2018 par"). */
const MAX_AGENT_GAP = 4;
/** The words the reader starts at: the pronouns that open the sentence. */
export const DESCRIBED_OBJECT_START_WORDS: ReadonlySet<string> = new Set(['it', 'il', 'elle']);
/** The gender "il"/"elle" carries. */
const PRONOUN_GENDER = new Map([
  ['il', 'm'],
  ['elle', 'f'],
]);

/** The company the sentence described in an apposition after its subject, or null (called when it closes). */
export function describedObjectIn(units: Unit[]): number | null {
  let firstOrg = -1;
  let described: number | null = null;
  units.forEach((u, k) => {
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.ents.length !== 1) return;
    if (firstOrg < 0) {
      firstOrg = k;
      return;
    }
    const comma = units[k + 1];
    const article = units[k + 2];
    if (comma?.kind !== 'tok' || comma.token.text !== ',' || article?.kind !== 'tok') return;
    if (APPOSITION_ARTICLES.has(article.token.lower)) described = u.ents[0];
  });
  return described;
}

/**
 * The described company a sentence-opening "It is run by P" / "Elle est dirigée par P" at `i` stands for, or null.
 * A French pronoun must agree with the gender the article gave the company's noun, when it gave one.
 */
export function describedObjectPointer(
  tokens: Token[],
  i: number,
  described: number | null,
  genders: GenderMap,
): number | null {
  if (described === null || i !== 0) return null;
  const pronoun = tokens[0].lower;
  if (!DESCRIBED_OBJECT_START_WORDS.has(pronoun)) return null;
  const g = genders.get(described);
  if (PRONOUN_GENDER.has(pronoun) && g !== undefined && g !== null && g !== PRONOUN_GENDER.get(pronoun))
    return null;
  let k = 1;
  if (!PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '')) return null;
  while (PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '') || INSERTED_WORDS.test(tokens[k]?.lower ?? '')) k++;
  if (!HEAD_PARTICIPLES.test(tokens[k]?.lower ?? '')) return null;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_AGENT_GAP; j++)
    if (AGENT_WORDS.has(tokens[j].lower)) return described;
  return null;
}
