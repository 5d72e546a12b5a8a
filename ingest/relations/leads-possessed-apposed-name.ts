import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import type { Sentence } from '../sentences';
import { wordOrNullAt } from './frames/clause';

/**
 * "Son principal concurrent, l'autrichien X, est dirigé depuis 2023 par P", "Its main rival, Austrian group X, is
 * run by P": the possessive points at the article's company, but the subject is the noun it governs, named by the
 * apposition after it. The post is X's; a pattern that reached the verb from the pointer gives it to the possessor.
 */

/** Possessive determiners the pointer unit stands for. */
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'its', 'their']);
/** Most lower-case words of the possessed noun ("principal concurrent", "main rival", "ancienne filiale"). */
const MAX_NOUN_WORDS = 3;
/** Most words before the apposed name ("l'autrichien", "the Austrian group"). */
const MAX_DESCRIPTOR_WORDS = 3;

/** The unit of the name apposed to the noun a possessive pointer at `at` governs, or -1. */
export function possessedApposedName(units: Unit[], at: number, sentence: Sentence): number {
  const u = units[at];
  if (u?.kind !== 'ent' || !u.anaphor) return -1;
  const said = sentence.text.slice(u.start - sentence.start, u.end - sentence.start).toLowerCase();
  if (!POSSESSIVES.has(said)) return -1;
  let k = at + 1;
  let nouns = 0;
  while (nouns < MAX_NOUN_WORDS && /^\p{Ll}[\p{L}-]*$/u.test(wordOrNullAt(units, k) ?? '')) {
    k++;
    nouns++;
  }
  if (nouns === 0 || wordOrNullAt(units, k) !== ',') return -1;
  k++;
  for (let n = 0; n < MAX_DESCRIPTOR_WORDS && units[k]?.kind === 'tok'; n++) {
    const w = wordOrNullAt(units, k) ?? '';
    if (w === ',' || /^[;:.!?()]$/u.test(w)) return -1;
    k++;
  }
  const named = units[k];
  if (named?.kind !== 'ent' || !named.orgs || named.anaphor) return -1;
  return wordOrNullAt(units, k + 1) === ',' ? k : -1;
}

/** A LEADS match whose company is a possessive pointer with a name apposed to its noun takes that name. */
export function leadsPossessedApposedName(
  rule: Rule,
  caps: Captures,
  units: Unit[],
  sentence: Sentence,
): Captures {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return caps;
  const at = capturedAt(caps, rule.target);
  const p = capturedAt(caps, rule.source);
  const named = at < 0 ? -1 : possessedApposedName(units, at, sentence);
  const u = units[named];
  if (u?.kind !== 'ent' || p <= named + 1) return caps;
  return { ...caps, [rule.target]: [...u.ents], [`#${rule.target}`]: [named] };
}
