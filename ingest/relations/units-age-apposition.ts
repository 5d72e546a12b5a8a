import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { FOUNDER_WORDS, LEADER_TITLE_WORDS } from './anaphor-words';

/**
 * "Étienne Brossard, 51 ans, en assure la présidence", "Kowalczyk, 34, co-founded the company", "Mensah, 47, who
 * started the firm": the press sets a person's age between commas right after the name. The age tells nothing
 * about roles, but it parts the name from its verb, its relative clause or its apposition, so every rule that
 * reads "P en assure", "P co-founded" or "P, who started" missed the sentence. The age is passed over as if it
 * were not written: the comma closing it stays when an apposition or a relative clause follows ("P, who …",
 * "P, président de …"), and goes when the person's own verb follows ("P co-founded …").
 */

/** The only token an age apposition starts at. */
export const AGE_APPOSITION_START_WORDS: ReadonlySet<string> = new Set([',']);

/** Youngest and oldest ages read, in years: other two-digit numbers after a name are no age ("P, 12, …" is rare). */
const MIN_AGE_YEARS = 18;
const MAX_AGE_YEARS = 99;
/** The French unit after the age ("51 ans"); English writes the bare number. */
const YEARS_WORD_FR = 'ans';
const AGE_DIGITS = /^\d{2}$/;

/** Words opening what the closing comma introduces as an aside on the person: the comma is then kept. */
const APPOSITION_OPENERS = new Set([
  // relative clauses
  'who',
  'whose',
  'which',
  'qui',
  'dont',
  'lequel',
  'laquelle',
  // a described role ("the company's founder", "l'ancien patron de X", "son fondateur")
  'the',
  'an',
  'le',
  'la',
  "l'",
  'les',
  'un',
  'une',
  'son',
  'sa',
  'ses',
  'his',
  'her',
  'its',
  'their',
  'former',
  'ancien',
  'ancienne',
  'ex',
  'co-founder',
  'cofounder',
  'cofondateur',
  'cofondatrice',
  'fondateur',
  'fondatrice',
  'actuel',
  'actuelle',
]);
/** English "a" opens an apposition ("P, 44, a former banker"); after "ans" the French "a" is the verb ("a été"). */
const ENGLISH_ARTICLE_A = 'a';

/**
 * Past copulas after the age ("P, 47, was chief executive of X", "P, 44 ans, était jusqu'ici DG de X"): the age is
 * left in place there. `leads-post-tense.ts` now refuses the English past copula, but "était jusqu'ici" stays a
 * post for it (successions count it), and passing the age over there read a country head's former post as LEADS.
 */
const PAST_COPULAS = new Set(['was', 'were', 'était', 'étaient', 'fut']);
const PAST_AUXILIARIES = new Set(['had', 'avait']);
const BEEN_WORDS = new Set(['been', 'été']);

function pastCopulaAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return PAST_COPULAS.has(w) || (PAST_AUXILIARIES.has(w) && BEEN_WORDS.has(tokens[k + 1]?.lower ?? ''));
}

function isPerson(u: Unit | undefined): boolean {
  return u?.kind === 'ent' && u.persons && !u.orgs;
}

/** The comma closing the age opens an aside on the person, not the person's verb. */
function opensAside(next: Token | undefined, french: boolean): boolean {
  if (!next) return false;
  if (next.kind === 'word' && next.text !== next.lower) return true;
  const w = next.lower;
  if (w === ENGLISH_ARTICLE_A) return !french;
  return APPOSITION_OPENERS.has(w) || LEADER_TITLE_WORDS.has(w) || FOUNDER_WORDS.has(w);
}

/**
 * How many tokens from `i` (a comma right after a person's unit) make an age apposition to pass over: ", 51 ans"
 * or ", 44" with its closing comma too when the person's verb follows. 0 when there is none.
 */
export function ageAppositionLength(tokens: Token[], i: number, units: Unit[]): number {
  if (tokens[i]?.text !== ',' || !isPerson(units[units.length - 1])) return 0;
  const age = tokens[i + 1];
  if (age?.kind !== 'number' || !AGE_DIGITS.test(age.text)) return 0;
  const years = Number(age.text);
  if (years < MIN_AGE_YEARS || years > MAX_AGE_YEARS) return 0;
  const french = tokens[i + 2]?.lower === YEARS_WORD_FR;
  const close = french ? i + 3 : i + 2;
  if (tokens[close]?.text !== ',' || pastCopulaAt(tokens, close + 1)) return 0;
  return opensAside(tokens[close + 1], french) ? close - i : close - i + 1;
}
