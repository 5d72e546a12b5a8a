import type { Token } from '../tokens';
import { isWorldGivenName, isWordLikeGivenName } from './person-given-names';

/** Words right before the outlet a speaker talks to ("a déclaré à l'AFP", "told CNBC"). */
const SPOKEN_TO = new Set(["l'", 'à', 'au', 'to', 'told']);

/** Most letters of an agency's or a firm's acronym before a person's given name ("AFP", "BFM"). */
const MAX_ACRONYM_LETTERS = 6;

/**
 * "a déclaré à l'AFP Hélène de Saint-Aubin", "a indiqué à BFM Business Karim X": the outlet a person speaks to is
 * named right before the speaker, so its acronym and the given name run on as one capitalised run. An all-caps
 * word opening the run, then a known given name, names two things; returns where the person starts, or -1.
 */
export function personAfterAcronym(tokens: Token[], runFrom: number, to: number): number {
  const first = tokens[runFrom];
  const given = tokens[runFrom + 1];
  if (!first || !given || runFrom + 1 >= to) return -1;
  // only the outlet spoken to: "à l'AFP", "told CNBC" ("JP Morgan Chase" is one bank)
  const before = tokens[runFrom - 1];
  if (!before || !SPOKEN_TO.has(before.lower)) return -1;
  if (!/^\p{Lu}{2,}$/u.test(first.text) || first.text.length > MAX_ACRONYM_LETTERS) return -1;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given.text)) return -1;
  const lower = given.lower.split('-')[0];
  return isWorldGivenName(lower) && !isWordLikeGivenName(lower) ? runFrom + 1 : -1;
}
