import type { Token } from '../tokens';
import { appositionCueAfter } from './apposition-cue';
import { FIRST_NAMES } from './first-names';
import { PERSON_NOUNS } from './lexicon-people';
import { PERSON_TITLES, ROLE_WORDS } from './lexicon-roles';
import { wordSet } from './lexicon-common';
import { ORG_CUES_EN, ORG_CUES_FR, isCompanyNoun } from './lexicon-words';
import { englishDescriptor, frenchDescriptor } from './party-cues';
import { occupationBefore } from './person-cues';
import { isWorldGivenName } from './person-given-names';
import { personNameShape } from './person-shapes';

/** How far after the comma an apposition is searched for a person noun ("Kaito, a startup founder"). */
const APPOSITION_PERSON_LOOKAHEAD = 6;
/**
 * Company nouns that describe people as often as firms ("Anna Berg, a Stockholm investor", "Paul Roux, un
 * spécialiste du droit", "Tom Hale, the producer of …"): after a given name they prove nothing.
 */
const PERSON_CAPABLE_COMPANY_NOUNS = wordSet(`
investor | investors | investisseur | investisseurs | shareholder | actionnaire | partner | partenaire |
client | clients | customer | owner | leader | leaders | fondateur | cofondateur | rival | rivals | rivaux |
concurrent | concurrents | competitor | competitors | specialist | spécialiste | acteur | acteurs | espoir |
numéro | developer | publisher | producer | broker | operator | éditeur | éditrice | agency | agence |
grocer | grocers | miller | millers | brewer | brewers | distiller | distillers | caterer | packer | négociant |
négociants | chocolatier | torréfacteur | voyagiste | transporteur | loueur | magazine | journal | newspaper
`);

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

/** "Fondée par X, la biscuiterie …", "founded by X, the firm …": the agent of a participle is its founder. */
const AGENT_PREPOSITIONS = new Set(['par', 'by']);
/** A sentence-opening participle ("Fondée en 1952 à Quimper", "Founded in 2018", "Created by"). */
const FRONTED_PARTICIPLE_RE = /^\p{Lu}\p{L}*(é|ée|és|ées|ed|en)$/u;

/** Sentence openers of a fronted phrase ("Selon X, le groupe vise …", "According to X, the firm …"). */
const FRONTING_WORDS = new Set([
  'selon',
  "d'après",
  'pour',
  'avec',
  'comme',
  'chez',
  'according',
  'for',
  'with',
  'like',
  'unlike',
  'after',
  'après',
]);

/**
 * "Fondée en 1954 par Marcel Le Goff, la biscuiterie emploie …": a name inside a fronted participial phrase is
 * followed by the main clause's subject, not by an apposition about it.
 */
function closesFrontedPhrase(tokens: Token[], from: number): boolean {
  // "Créée en 2020 par deux vétérinaires, A et B, la jeune pousse …": the phrase may hold its own appositions
  return from > 0 && (FRONTED_PARTICIPLE_RE.test(tokens[0].text) || FRONTING_WORDS.has(tokens[0].lower));
}

/** French words that show "a" after the comma is the verb ("X, a quitté l'entreprise"), not the English article. */
const FRENCH_CLAUSE_WORDS = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'une', 'et', "d'", 'au']);

/**
 * The first lower-case company noun of the apposition that opens at `to` ("X, a maker of …" → "maker"); none when
 * a capitalised name follows it in the apposition ("avec X, la société d'électronique Sonarmor": the noun is
 * Sonarmor's) or when "a" is a French verb.
 */
function appositionCompanyNoun(tokens: Token[], to: number): string | null {
  if (tokens[to + 1]?.lower === 'a' && tokens.some((t) => FRENCH_CLAUSE_WORDS.has(t.lower))) return null;
  for (let i = to + 1, n = 0; i < tokens.length && n < APPOSITION_PERSON_LOOKAHEAD; i++, n++) {
    const t = tokens[i];
    if (t.kind === 'punct') return null;
    if (t.text !== t.lower || !isCompanyNoun(t.lower)) continue;
    for (let k = i + 1; k < tokens.length && tokens[k].kind !== 'punct'; k++)
      if (/^\p{Lu}/u.test(tokens[k].text)) return null;
    return t.lower;
  }
  return null;
}

/**
 * "Tamsin Frozen, a maker of ready meals", "Rosie Kitchens, a Leeds-based caterer group": a firm named after its
 * founder's given name is still described as a firm by its apposition, and that description outranks the given
 * name. Only nouns that name firms alone count (`PERSON_CAPABLE_COMPANY_NOUNS` are left out), and a title or an
 * occupation before the name keeps the person ("chef Rosie Hale, a maker of …").
 */
export function firmAppositionOverGivenName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const prev = tokens[from - 1];
  if (prev && isPersonWord(prev.lower.replace(/\.$/, ''))) return false;
  if (occupationBefore(tokens, from)) return false;
  if (prev && AGENT_PREPOSITIONS.has(prev.lower)) return false;
  if (closesFrontedPhrase(tokens, from)) return false;
  const first = tokens[from].lower.split('-')[0];
  if (!FIRST_NAMES.has(first) && !isWorldGivenName(first)) return false;
  if (!appositionCueAfter(tokens, to) || appositionNamesPerson(tokens, to)) return false;
  const noun = appositionCompanyNoun(tokens, to);
  return noun !== null && !PERSON_CAPABLE_COMPANY_NOUNS.has(noun);
}
