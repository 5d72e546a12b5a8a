import type { Unit } from './pattern';
import { wordAt } from './frames/clause';

/**
 * A company named as the unit a buyer acts through, fronted before the clause: "Through its Canadian subsidiary
 * Corvane Flow Ltd, the company acquired Y", "Par l'intermédiaire de sa filiale Axiane Santé, l'éditeur a signé
 * l'acquisition de Y", "Via sa filiale espagnole Z, le groupe a repris Y". The unit is the means of the clause's
 * subject, not its subject: the pointer after the comma stands for the parent the possessive names (sentence-orgs.ts
 * `firstOrgIn`, pointer-at.ts subject place, unit-context.ts `opening`), and deal-through-unit.ts then gives the unit
 * the purchase too, as the gold format counts both. A unit after the target ("acquired Y through its unit Z") is
 * syntax.ts `isInstrument`'s.
 */

/** Words allowed between the possessive and the name ("wholly owned subsidiary", "filiale espagnole", "Canadian"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** Possessives before the unit noun. */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'sa', 'son', 'leur']);
/** One-word connectors naming a means. */
const BARE_CONNECTORS: ReadonlySet<string> = new Set(['through', 'via']);
/** Nouns of the French connectors "par l'intermédiaire de", "par le biais de", "au travers de". */
const FRENCH_CONNECTOR_NOUNS: ReadonlySet<string> = new Set(['intermédiaire', 'biais', 'travers']);
/** The preposition closing a French connector. */
const FRENCH_CONNECTOR_CLOSERS: ReadonlySet<string> = new Set(['de', 'du', "d'"]);

/** Whether the words ending at `k` (inclusive) are a connector of means. */
function connectorEndsAt(units: readonly Unit[], k: number): boolean {
  const w = wordAt(units, k);
  if (BARE_CONNECTORS.has(w)) return true;
  return FRENCH_CONNECTOR_CLOSERS.has(w) && FRENCH_CONNECTOR_NOUNS.has(wordAt(units, k - 1));
}

/** Words that govern a name of their own: "through its purchase of Z" makes Z no unit. */
const GOVERNING_WORDS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'du',
  'des',
  "d'",
  'in',
  'for',
  'to',
  'à',
  'au',
]);

/**
 * Whether the name at unit `i` follows "through/via/par l'intermédiaire de + possessive + qualifiers (unit noun)".
 * The unit noun right before a name is folded into its unit ("subsidiary Z", "sa filiale Z" are one unit, units.ts), so
 * it may be missing here; "its Canadian" then stands for "its Canadian subsidiary", a bare "via" for "via sa filiale".
 */
export function isNamedUnitMeans(units: readonly Unit[], i: number): boolean {
  let k = i - 1;
  if (wordAt(units, k) === ',') k--;
  for (let words = 0; words <= MAX_WORDS_BEFORE_NAME && k >= 0; words++, k--) {
    const u = units[k];
    // a capitalised word may be a qualifier ("its Canadian subsidiary"), never a name (names are units)
    if (u.kind !== 'tok' || u.token.kind !== 'word') return false;
    // "Via sa filiale Z": the possessive and the unit noun are folded into the name's unit
    if (words === 0 && connectorEndsAt(units, k)) return true;
    if (GOVERNING_WORDS.has(u.token.lower)) return false;
    if (POSSESSIVES.has(u.token.lower)) return connectorEndsAt(units, k - 1);
  }
  return false;
}
