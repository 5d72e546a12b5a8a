import type { Token } from '../tokens';
import { isWorldGivenName } from './person-given-names';
import { FIRST_NAMES } from './first-names';

/**
 * "pension investor Zuiderzee Pensioen", "existing backers Meridian Peak": an investor noun is a role that people
 * hold too, so it made any two-word name after it a person. Funds and companies are investors far more often, so
 * the noun counts as person evidence only when the name opens with a given name ("investor Xavier Niel").
 */

/** Nouns of an investing party said right before its name. */
const INVESTOR_NOUNS = new Set([
  'investor',
  'investors',
  'backer',
  'backers',
  'shareholder',
  'shareholders',
  'investisseur',
  'investisseurs',
  'actionnaire',
  'actionnaires',
]);

/** Function words that may stand before an investor noun without qualifying it ("the investor", "an investor"). */
const STOP_QUALIFIERS = new Set([
  'the',
  'and',
  'its',
  'their',
  'his',
  'her',
  'with',
  'from',
  'des',
  'les',
  'par',
]);

/** Lower-case qualifiers of an investor that describe a person ("angel investor", "veteran investor"). */
const PERSON_QUALIFIERS = new Set([
  'angel',
  'veteran',
  'billionaire',
  'activist',
  'serial',
  'individual',
  'star',
  'celebrity',
  'legendary',
  'early',
  'famed',
  'renowned',
]);

/**
 * True when a lower-case qualifier and an investor noun stand right before [from, …) ("pension investor X",
 * "growth investor X") and the name's first word is no known given name. A nationality before the noun
 * ("Norwegian investor Eirik X") is no such qualifier: it describes people as often as funds.
 */
export function isInvestorWithoutGivenName(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  const qualifier = tokens[from - 2];
  const first = tokens[from];
  if (!prev || !first || !qualifier || !INVESTOR_NOUNS.has(prev.lower)) return false;
  if (qualifier.kind !== 'word' || !/^\p{Ll}{3,}/u.test(qualifier.text)) return false;
  if (PERSON_QUALIFIERS.has(qualifier.lower) || STOP_QUALIFIERS.has(qualifier.lower)) return false;
  const given = first.lower.split('-')[0];
  return !FIRST_NAMES.has(given) && !isWorldGivenName(given);
}
