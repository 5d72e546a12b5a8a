import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/**
 * A name told as a territory or as the place of a facility is no company a funding goes to: "$9 million to the
 * city of Lorain", "Lorain County received $3 million from A", "1,6 million d'euros à la ville de Rezé", "une
 * subvention … pour son centre d'interprétation de Saint-Herblain", "l'extension de l'usine de Challans a reçu une
 * aide de A". Public money to a town builds its own works and finances no company (a place is no company, whatever
 * the entity pass made of it), and a facility's town neither gives nor gets it. A region or a public body that gives
 * ("une avance remboursable de la Région Grand Est") is a funder and is left alone: only a recipient named as a
 * territory, and a place named after a facility, are refused.
 */

/** Nouns of a territory, before "of/de" and its name ("the city of", "la commune de"). */
const TERRITORY_NOUN =
  /^(city|town|village|county|municipality|borough|township|state|province|ville|commune|village|département|agglomération|métropole|canton)$/u;
/** Last words of a territory's own name ("Lorain County", "Oakland Township"). */
const TERRITORY_SUFFIX = /^(county|township|borough|parish|municipality)$/u;
/** Nouns of a facility, whose place follows after "de/of" ("l'usine de Challans", "centre d'interprétation de X"). */
const FACILITY_NOUN =
  /^(usine|usines|site|sites|centre|entrepôt|entrepôts|plateforme|campus|chantier|plant|factory|facility|warehouse)$/u;
const OF = /^(of|de|d')$/u;
/** Words read back from "de/of" to a facility noun ("centre d'interprétation de", "usine de"). */
const MAX_FACILITY_TO_OF_UNITS = 3;

const word = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);

/** Whether the name at unit `k` is a territory ("the city of K", "K County") or a facility's place. */
function isPlaceAt(units: readonly Unit[], k: number, recipient: boolean, sentence: Sentence): boolean {
  const u = units[k];
  if (u?.kind !== 'ent' || u.anaphor) return false;
  if (!OF.test(word(units[k - 1]) ?? '')) {
    const name = sentence.text.slice(u.start - sentence.start, u.end - sentence.start);
    const last = name.toLowerCase().split(/\s+/u).pop() ?? '';
    return recipient && TERRITORY_SUFFIX.test(last);
  }
  if (recipient && TERRITORY_NOUN.test(word(units[k - 2]) ?? '')) return true;
  for (let j = k - 2; j >= 0 && k - 1 - j <= MAX_FACILITY_TO_OF_UNITS; j--) {
    const w = word(units[j]);
    if (w === null) return false;
    if (FACILITY_NOUN.test(w)) return true;
  }
  return false;
}

/** Whether a FUNDED reading has a recipient told as a territory, or a party told as a facility's place. */
export function partyIsTerritory(
  rule: Rule,
  caps: Captures,
  units: readonly Unit[],
  sentence: Sentence,
): boolean {
  if (rule.type !== 'FUNDED') return false;
  const placed = (role: string | undefined, recipient: boolean): boolean => {
    if (!role) return false;
    const at = caps[`#${role}`]?.[0];
    return at !== undefined && isPlaceAt(units, at, recipient, sentence);
  };
  return placed(rule.target, true) || placed(rule.source, false);
}
