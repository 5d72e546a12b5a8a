import type { Unit } from '../pattern';
import { ANAPHOR_NOUNS } from '../anaphor-words';
import { isOrgAt as isOrg, wordOrNullAt as wordAt } from './clause';

/**
 * The one who contests after a verb of enabling: "L'opération permet au groupe messin de dépasser A", "the deal
 * helps Y compete with A", "allows Y to take on A". The enabled company — the object of "permettre à" / "help" —
 * is the subject of the rivalry, not the deal or the company doing the enabling ("X said Lumetric would help it
 * compete with A": "it", not Lumetric, competes). So is the company a deal makes something ranked ("makes Y the
 * second-largest owner of …, ahead of B", "fait de Y le numéro deux du marché, devant B").
 */

const ENABLING =
  /^(permet|permettent|permettra|permettront|permettrait|permettraient|permettre|permis|aide|aident|aidera|aideront|aiderait|aider|help|helps|helped|helping|allow|allows|allowed|allowing|enable|enables|enabled|enabling|let|lets)$/u;
/**
 * Verbs that make their object what a rank phrase says: "The deal makes Y the second-largest owner of …, behind A
 * and ahead of B", "L'opération fait de Y le numéro deux du secteur, devant B". The company made so is the one
 * ranked against the rivals, not the deal.
 */
const MAKING = /^(makes|made|make|making|fait|font|fera|feront|ferait|feraient|faire)$/u;
/** French "faire de Y" / "faire du groupe Y": the preposition before the company made. */
const MAKING_OF = /^(de|d'|du)$/u;
/** Determiners opening the rank given to the company made ("the second-largest", "le numéro deux", "l'un des"). */
const RANK_OPENER = /^(the|le|la|l'|un|une|one)$/u;
/** Relative pronouns: a trigger in a relative ("behind A, which bought rival B") is the relative's, not the made company's. */
const RELATIVE = /^(which|who|whose|that|qui|que|qu'|dont|lequel|laquelle)$/u;
/** The dative before the enabled company ("permet au groupe", "permettre à X"). */
const DATIVE = /^(à|au|aux)$/u;
/** What opens the infinitive after the enabled company ("de dépasser", "to compete", "à rivaliser"). */
const INFINITIVE_OPENER = /^(de|d'|to|à)$/u;
/** A singular object pronoun after an English verb, left unresolved ("help it compete"): the article's company. */
const SINGULAR_PRONOUN = /^(it)$/u;
/** Plural or personal object pronouns: several companies or people, none read here ("help them compete"). */
const OTHER_PRONOUN = /^(them|us|him|her)$/u;
/** French object clitics before the verb: "lui permet de" (one company), "leur/nous permettre de" (others). */
const SINGULAR_CLITIC = /^(lui)$/u;
const OTHER_CLITIC = /^(leur|nous|vous)$/u;
/** Determiners before a descriptor of the enabled company ("au groupe messin", "the Lyon company"). */
const DETERMINER = /^(le|la|l'|the|this|ce|cette)$/u;
/** Strong punctuation closing the clause looked back through. */
const STOP = /^[;:.!?«»"“”()]$/u;
/** Units looked back from the trigger for the enabling verb. */
const LOOKBACK_UNITS = 24;
/** Units of an apposition after the enabled company ("au groupe, numéro quatre du secteur, de …"). */
const APPOSITION_UNITS = 12;
/** Words of a descriptor after its noun ("au groupe messin de"). */
const DESCRIPTOR_WORDS = 3;

/**
 * Who an enabling verb makes the rivalry's subject: the unit of a named (or resolved) company, `'pointer'` for the
 * article's company left unresolved ("au groupe messin", "help it compete", "lui permet"), `null` for someone not
 * read ("help them compete"), `undefined` when no verb of enabling governs the trigger.
 */
type Enabled = number[] | 'pointer' | null | undefined;

/** Past an apposition opening at `k` (a comma): the unit after its closing comma, or `k` when none closes it. */
function pastApposition(units: Unit[], k: number): number {
  if (wordAt(units, k) !== ',') return k;
  for (let j = k + 1; j < units.length && j <= k + APPOSITION_UNITS; j++) {
    const w = wordAt(units, j);
    if (w === ',') return j + 1;
    if (w !== null && STOP.test(w)) return k;
  }
  return k;
}

/** The infinitive opens at `k` (or the trigger itself stands there: "help Y compete"). */
function opensInfinitive(units: Unit[], k: number, trigger: number): boolean {
  return k === trigger || INFINITIVE_OPENER.test(wordAt(units, k) ?? '');
}

/** "au groupe messin de …", "the Lyon company to …": a descriptor of a company the anaphors left unread. */
function descriptorEnabled(units: Unit[], j: number, trigger: number): boolean {
  let k = DETERMINER.test(wordAt(units, j) ?? '') ? j + 1 : j;
  if (!ANAPHOR_NOUNS.has(wordAt(units, k) ?? '')) return false;
  for (k++; k <= j + 1 + DESCRIPTOR_WORDS && k <= trigger; k++) {
    if (opensInfinitive(units, k, trigger)) return true;
    if (!/^\p{Ll}+$/u.test(wordAt(units, k) ?? '')) return false;
  }
  return false;
}

/** The enabled company of the clause ending at `trigger` (see `Enabled`). */
export function enabledSubject(units: Unit[], trigger: number): Enabled {
  let inRelative = false;
  for (let k = trigger - 1; k >= 0 && k >= trigger - LOOKBACK_UNITS; k--) {
    const w = wordAt(units, k);
    if (w !== null && STOP.test(w)) return undefined;
    if (w !== null && RELATIVE.test(w)) inRelative = true;
    if (w !== null && MAKING.test(w) && !inRelative) {
      const j = MAKING_OF.test(wordAt(units, k + 1) ?? '') ? k + 2 : k + 1;
      if (isOrg(units, j) && RANK_OPENER.test(wordAt(units, j + 1) ?? '')) return [j];
      continue;
    }
    if (w === null || !ENABLING.test(w)) continue;
    let j = k + 1;
    if (DATIVE.test(wordAt(units, j) ?? '')) j++;
    const object = wordAt(units, j) ?? '';
    if (SINGULAR_PRONOUN.test(object)) return 'pointer';
    if (OTHER_PRONOUN.test(object)) return null;
    if (isOrg(units, j))
      return opensInfinitive(units, pastApposition(units, j + 1), trigger) ? [j] : undefined;
    if (descriptorEnabled(units, j, trigger)) return 'pointer';
    if (!opensInfinitive(units, j, trigger)) return undefined;
    // "Cette acquisition lui permet de …": a clitic the anaphors resolved to its company stands before the verb
    const u = units[k - 1];
    if (u?.kind === 'ent' && u.anaphor === true && u.orgs) return [k - 1];
    const clitic = wordAt(units, k - 1) ?? '';
    if (SINGULAR_CLITIC.test(clitic)) return 'pointer';
    return OTHER_CLITIC.test(clitic) ? null : undefined;
  }
  return undefined;
}
