import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';
import { TIE_NOUNS } from './people-words';

/**
 * "Sophie Lambert, présidente de Fromagerie Lambert et petite-fille de Jules Lambert, qui avait créé l'entreprise",
 * "Emma Hart, chief executive of Hart Biscuits and granddaughter of Walter Hart": a person named as someone's
 * relative is the relative of the title holder, not the holder of a title told before the kinship noun. A LEADS
 * reading that gives such a title to the person after "granddaughter of" / "petite-fille de" is refused; the holder
 * (named before the title) keeps it, and the relative's own roles (the founder's relative clause) are read apart.
 */

/**
 * The people words' tie nouns, with the plural and "great-" forms and English "son" (kept out of the shared list
 * because before a title it may be the French possessive; here it must stand before "of").
 */
const KIN_NOUN = new RegExp(
  `^(?:(?:arrière-)*(?:petits-fils|petites-filles)|(?:great-)*(?:grandson|granddaughter|grandchild)|son|sons|${TIE_NOUNS})$`,
  'u',
);
/** The preposition joining the kinship noun to the relative's name. */
const OF = /^(of|de|du|d'|d’)$/u;

function tokAt(units: readonly Unit[], k: number): string | null {
  const u = units[k];
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** Whether the person at unit `p` is named as someone's relative: "<kinship noun> of P". */
function namedAsRelative(units: readonly Unit[], p: number): boolean {
  return OF.test(tokAt(units, p - 1) ?? '') && KIN_NOUN.test(tokAt(units, p - 2) ?? '');
}

/** True when a LEADS match gives a title told before a kinship noun to the relative named after it. */
export function titleGivenToRelative(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return false;
  const person = capturedAt(caps, rule.source);
  const org = capturedAt(caps, rule.target);
  if (person < 0 || org < 0 || org > person) return false;
  return namedAsRelative(units, person);
}
