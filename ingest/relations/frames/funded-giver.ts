import type { Unit } from '../pattern';
import { GAP_STOPS } from '../syntax';
import { isParty, isTok } from './funded-clause';
import { NEGATION, NOT_FUNDING_CONTEXT, ROUND_WORD } from './funded-words';

/** What every funding shape shares: the reading, the givers (who may give) and the clause guards. */

/** One funding read from a clause: givers and (when named) the company funded, as unit indices. */
export interface FundingReading {
  src: number[];
  /** Null: the company is the article's (the clause does not name it). */
  tgt: number | null;
  /** The unit the reading starts at: the givers' when they come first. */
  start: number;
  /** False: the company may not be left to the article (a round told by a noun alone, not a loan). */
  toArticle?: boolean;
}

/** Units read past a participle for its "par"/"by" ("backed since 2020 by A"). */
export const MAX_UNITS_BEFORE_AGENT = 3;
/** Units read after a raise or a funding noun for the words bringing in the givers. */
export const MAX_UNITS_TO_GIVERS = 12;
/** Units before a person read for an investor's title ("le business angel P"). */
const INVESTOR_TITLE_WINDOW_UNITS = 3;
/** Units before "dont P" read for the investors P is one of. */
const INVESTORS_WINDOW_UNITS = 8;
const INVESTOR_TITLE = /^(angel|angels|investisseur|investisseurs|investor|investors|entrepreneur|family)$/;
export const DETERMINER = /^(le|la|l'|les|un|une|the|a|an|its|son|sa|ses|leur|their)$/;
export const OF = /^(de|du|d'|des|of)$/;

export function hasWord(units: Unit[], from: number, to: number, re: RegExp): boolean {
  for (let k = Math.max(0, from); k < to && k < units.length; k++) if (isTok(units, k, re)) return true;
  return false;
}

export function hasMoney(units: Unit[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < units.length; k++) {
    const u = units[k];
    // a bare number may be a year ("en 2020"): only money and round words count
    if (u.kind === 'tok' && ROUND_WORD.test(u.token.lower)) return true;
  }
  return false;
}

/** The giver may be a person only when called an investor ("le business angel P", "angel investor P"). */
export function giverOk(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'ent') return false;
  if (isParty(units, i, false)) return true;
  if (!u.persons) return false;
  if (hasWord(units, i - INVESTOR_TITLE_WINDOW_UNITS, i, INVESTOR_TITLE)) return true;
  // "les business angels de la première heure, dont P": a member of the investors just named
  return (
    isTok(units, i - 1, /^(dont|including|notamment)$/) &&
    hasWord(units, i - INVESTORS_WINDOW_UNITS, i, INVESTOR_TITLE)
  );
}

/** The unit after a strong-punctuation-free run: where a giver list may end (it may cross a relative clause). */
export function sentenceClauseEnd(units: Unit[], t: number): number {
  for (let k = t + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'tok' && GAP_STOPS.has(u.token.text)) return k;
  }
  return units.length;
}

/** The clause says what a funding clause must not: an adviser, a customer, a contract, a negation. */
export function refused(units: Unit[], cs: number, ce: number, t: number): boolean {
  return hasWord(units, cs, ce, NOT_FUNDING_CONTEXT) || hasWord(units, cs, t + 2, NEGATION);
}

export function ents(u: Unit | undefined): number[] {
  return u?.kind === 'ent' ? u.ents : [];
}

/** The first giver from `g`: a name, possibly after a determiner and a few descriptor words. */
export function firstGiver(units: Unit[], g: number, ce: number): number {
  for (let n = g; n < ce && n - g <= 4; n++) {
    const u = units[n];
    if (u.kind === 'ent') return giverOk(units, n) ? n : -1;
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return -1;
  }
  return -1;
}
