import type { Token } from '../tokens';
import type { Unit } from './pattern';

/**
 * "Fjellborg partner Ingrid Solheim will join the Molarix board. The firm, which manages about 4 billion euros, …",
 * "Kestrel Peak partner P will join Tessaly's board. The firm was co-founded in 2014 by …": a sentence opening on an
 * investor's staff member (the firm's name used as the title's modifier) turns the story to that investor, and "the
 * firm" opening the next sentence is the employer — the company whose board the person joins is never called so.
 */

/** Titles of an investment firm's staff, with the words that may stand before them ("managing partner"). */
const STAFF_TITLES = new Set(['partner', 'principal', 'associate']);
const STAFF_TITLE_MODIFIERS = new Set(['managing', 'general', 'founding', 'senior', 'operating', 'venture']);
/** Pointer nouns that stand for the investor: "the firm", not "the company" (the one it invested in). */
const EMPLOYER_NOUNS = new Set(['firm']);

/**
 * The employer the sentence opens on ("X partner P", "X managing partner P"), else null. The title words are read from
 * the tokens between the two names: the units drop a title standing before a person's name.
 */
export function staffEmployerIn(tokens: Token[], units: Unit[]): number | null {
  const org = units[0];
  // "general"/"managing" stay words in the units, the title noun itself is dropped before the name
  const person = units.find((u, k) => k > 0 && u.kind === 'ent');
  if (org?.kind !== 'ent' || !org.orgs || org.anaphor || org.ents.length !== 1) return null;
  if (person?.kind !== 'ent' || !person.persons) return null;
  const words = tokens.filter((t) => t.start >= org.end && t.end <= person.start).map((t) => t.lower);
  const title = words.length === 2 && STAFF_TITLE_MODIFIERS.has(words[0]) ? words.slice(1) : words;
  return title.length === 1 && STAFF_TITLES.has(title[0]) ? org.ents[0] : null;
}

/** The employer "the firm" opening a sentence stands for, after a sentence opening on its staff member; else null. */
export function staffEmployerPointer(
  noun: string,
  opensSentence: boolean,
  employer: number | null,
): number | null {
  return opensSentence && EMPLOYER_NOUNS.has(noun) ? employer : null;
}
