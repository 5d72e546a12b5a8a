import type { Token } from '../tokens';

/**
 * "Jacobs said he sold the stake", "Trump told Reuters", "Heller said, 'I believe …'": wire copy calls an investor
 * or an official by the surname in every paragraph, so the surname is said more often than the rule of thumb that
 * a word repeated three times is a firm named after its founder allows. A mention that speaks as a person — a
 * speech verb followed by "he"/"she", or "told" — shows the word is the person's, however often it is said; a firm
 * "said it" or "said its".
 */

const SPEECH_VERBS = new Set(['said', 'says', 'added', 'stated', 'explained', 'noted', 'told', 'declared']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'il', 'elle']);
const FRENCH_SPEECH = new Set(['a', 'affirme', 'explique', 'déclare', 'estime']);

/** True when the mention ending before token `to` of its sentence speaks as a person ("X said he", "X told"). */
export function speaksAsPerson(tokens: Token[], to: number): boolean {
  const verb = tokens[to];
  if (!verb) return false;
  if (verb.lower === 'told') return true;
  if (!SPEECH_VERBS.has(verb.lower) && !FRENCH_SPEECH.has(verb.lower)) return false;
  const next = tokens[to + 1];
  return !!next && PERSONAL_PRONOUNS.has(next.lower);
}

/** Founding words: a firm is named after its founder only in a story that says who founded what. */
const FOUNDING_RE =
  /^(?:co-?)?(?:founders?|founded|fondateurs?|fondatrices?|fondée?s?|fondé|créée?s?|créé|created|cofondée?s?)$/u;

/**
 * True when the article speaks of a founding. A surname said three times or more reads as the founder's firm
 * ("Valmorel" after "Jean Valmorel founded Valmorel") only then; an investor's or an official's surname is said as
 * often in wire copy ("held by Trump", "Trump agreed not to buy") with no founding anywhere.
 */
export function speaksOfFounding(sentTokens: Token[][]): boolean {
  return sentTokens.some((tokens) => tokens.some((t) => FOUNDING_RE.test(t.lower)));
}
