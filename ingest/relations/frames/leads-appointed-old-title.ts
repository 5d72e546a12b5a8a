import type { Unit } from '../pattern';
import { isPersonAt, titledPersonAt, wordAt } from './founders-clause';

/**
 * The person a company appoints when the appointee is first named by the post they hold now: "a nommé lundi son
 * cofondateur P au poste de directeur général", "a désigné son directeur financier, P, président du directoire",
 * "named its finance chief P interim chief executive". The old title before the name is the appointee's former
 * post, never the new one, so the new post is read only after the person.
 */

/** Words of the news day between the verb and its object ("a nommé lundi", "named on Wednesday"). */
export const NEWS_DAY =
  /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|on|ce|this|week)$/;
/** A possessive before the old title: the appointee already works for the subject ("son directeur financier"). */
const OWN = /^(son|sa|its|their|leur)$/;
/** Most words of the old title in an apposition before the name ("son directeur financier ,"). */
const MAX_OLD_TITLE_WORDS = 4;
/** Lower-case words of an old title; a name, a digit or punctuation ends it. */
const TITLE_WORD = /^[\p{Ll}'-]+$/u;

export interface Appointee {
  /** The person's unit. */
  p: number;
  /** Where the new post may start: after the person, or after the comma closing their apposition. */
  postFrom: number;
}

/** The appointee after the verb at `t`: a news day, an old title (possessed or bare) and the person, or null. */
export function appointeeAfter(units: Unit[], t: number): Appointee | null {
  let k = t + 1;
  while (NEWS_DAY.test(wordAt(units, k) ?? '')) k++;
  // "its" may stand as a pointer unit to the company, "son" as a plain word
  const u = units[k];
  const own = OWN.test(wordAt(units, k) ?? '') || (u?.kind === 'ent' && u.orgs && u.anaphor);
  if (own) k++;
  // "son directeur financier, P, président …": the name in commas after its old title
  let j = k;
  while (j - k < MAX_OLD_TITLE_WORDS && TITLE_WORD.test(wordAt(units, j) ?? '')) j++;
  if (j > k && wordAt(units, j) === ',' && isPersonAt(units, j + 1) && wordAt(units, j + 2) === ',') {
    return { p: j + 1, postFrom: j + 3 };
  }
  // a possessive needs a title before the name: "son P" is no appointee
  const p = titledPersonAt(units, k);
  if (p < 0 || (own && p === k)) return null;
  return { p, postFrom: p + 1 };
}
