import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { CLAUSE_OPENERS, isOrgAt, wordAt } from './clause';

/**
 * "Cryptame, un spécialiste du chiffrement racheté en 2017 par X", "Skipass, une application de vente de forfaits
 * rachetée par X", "Y, a payroll startup acquired by X in 2019": a participle closing an apposition's
 * description tells of the name the apposition describes, not of the clause's subject.
 */

/** Determiners that open the description's head noun. */
const DESCRIPTION_OPENERS = /^(un|une|le|la|l'|a|an|the)$/;
/** Most units of the description before the participle. */
const MAX_DESCRIPTION_UNITS = 12;

/** The name whose apposition the participle at `participle` closes, or -1. */
export function apposedHeadBefore(units: Unit[], participle: number): number {
  for (let k = participle - 1; k >= 1 && participle - k <= MAX_DESCRIPTION_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    const w = u.token.lower;
    if (w === ',') {
      if (k === participle - 1 || !DESCRIPTION_OPENERS.test(wordAt(units, k + 1))) return -1;
      return isOrgAt(units, k - 1) && !isOblique(units, k - 1) ? k - 1 : -1;
    }
    // a plain lower-case word, an elided article or preposition; a verb or a relative ends the description
    if (CLAUSE_OPENERS.test(w) || u.token.kind !== 'word' || !/^\p{Ll}/u.test(u.token.text)) return -1;
  }
  return -1;
}
