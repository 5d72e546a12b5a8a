import type { Token } from '../tokens';
import { appositionCueAfter } from './apposition-cue';
import { FIRST_NAMES } from './first-names';
import { PERSON_NOUNS } from './lexicon-people';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { ORG_CUES_EN, ORG_CUES_FR } from './lexicon-words';
import { englishDescriptor, frenchDescriptor } from './party-cues';
import { occupationBefore } from './person-cues';
import { isWorldGivenName } from './person-given-names';
import { personNameShape } from './person-shapes';

/** How far after the comma an apposition is searched for a person noun ("Kaito, a startup founder"). */
const APPOSITION_PERSON_LOOKAHEAD = 6;

function isPersonWord(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || ROLE_WORDS.has(lower) || PERSON_TITLES.has(lower);
}

/** "X, a startup founder": the apposition's own head is a person noun, so its company noun is someone's employer. */
function appositionNamesPerson(tokens: Token[], to: number): boolean {
  for (let i = to + 1, n = 0; i < tokens.length && n < APPOSITION_PERSON_LOOKAHEAD; i++, n++) {
    if (tokens[i].kind === 'punct') return false;
    if (isPersonWord(tokens[i].lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/**
 * The name reads as a person only by its shape: one word spelled like a given name ("Kaito"), or a surname-like
 * ending with no known given name ("Robotyka Pomorska"). A title, an occupation or a known given name with a
 * surname is real evidence and is left alone.
 */
function personByShapeOnly(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (prev && isPersonWord(prev.lower.replace(/\.$/, ''))) return false;
  if (occupationBefore(tokens, from)) return false;
  const first = tokens[from].lower.split('-')[0];
  if (to - from === 1) return FIRST_NAMES.has(tokens[from].lower);
  return !FIRST_NAMES.has(first) && !isWorldGivenName(first) && personNameShape(tokens, from, to);
}

/** "la start-up Kaito", "the startup X": a company noun right before the name, opened by a determiner. */
function companyNounBefore(tokens: Token[], from: number): boolean {
  const noun = tokens[from - 1];
  const det = tokens[from - 2];
  if (!noun || noun.text !== noun.lower || !(ORG_CUES_FR.has(noun.lower) || ORG_CUES_EN.has(noun.lower)))
    return false;
  return !!det && /^(la|le|l'|the|a|an|une|un|cette|ce|this)$/u.test(det.lower);
}

/**
 * A name whose only person evidence is its shape is a company when the words at its edge describe one:
 * "Kaito, une start-up de Fukuoka", "Polish integrator Robotyka Pomorska", "la start-up Kaito". Names from
 * Japan, Poland or the Nordics spell like given names or surnames as often as firms do.
 */
export function companyCueOverShape(tokens: Token[], from: number, to: number): boolean {
  if (!personByShapeOnly(tokens, from, to)) return false;
  if (appositionCueAfter(tokens, to) && !appositionNamesPerson(tokens, to)) return true;
  return companyNounBefore(tokens, from) || frenchDescriptor(tokens, from) || englishDescriptor(tokens, from);
}
