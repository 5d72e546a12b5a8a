import type { Unit } from '../pattern';
import { GAP_STOPS } from '../syntax';
import { objectOrgAfter, triggerAt, wordAt } from './founders-clause';
import { DETERMINER, NOT_COMPANY_NOUN, PRODUCT_NOUN } from './founders-words';
import { pointsBack } from './founders-pointers';

/** The main clause after a phrase of founding fronted before it ("Créée en 2016 par A et B, la société …"). */

/** First words of an apposition that describes people, not a company ("deux anciens de", "both former"). */
const FOUNDERS_DESCRIBED =
  /^(deux|trois|quatre|two|three|four|both|tous|toutes|ancien|ancienne|anciens|anciennes|former|respectivement)$/;
/** The indefinite article that may open a description of one founder ("une ancienne de", "a former"). */
const INDEFINITE = /^(un|une|a|an)$/;
/** A conjunction that adds one more member to the list of founders before it. */
const COORDINATOR = /^(et|and)$/;
/** Most units searched after a fronted phrase for the clause's subject. */
const MAX_FRONTED_SCAN_UNITS = 30;

/** The participle at `t` opens the sentence (after an adverb at most): the phrase is fronted. */
export function opensSentence(units: Unit[], t: number): boolean {
  return t === 0 || (t === 1 && triggerAt(units, 0) !== null);
}

/**
 * The subject of the main clause after a fronted phrase ending at `from`: the first organisation after a comma,
 * with at most a descriptor between ("Créée par A, la société de production X …"), or -1.
 */
export function subjectAfterFronted(units: Unit[], from: number): number {
  const at = mainSubjectAfter(units, from);
  return at >= 0 && !pointsBack(units, at) ? at : -1;
}

/**
 * The same subject when it is a pointer the discourse took for a company the fronted phrase itself names (a
 * founder's former employer): the company founded is then the one the article is about. -1 otherwise.
 */
export function misreadPointerAfter(units: Unit[], from: number): number {
  const at = mainSubjectAfter(units, from);
  return at >= 0 && pointsBack(units, at) ? at : -1;
}

/** The first organisation after a comma following `from`, with at most a descriptor between, or -1. */
function mainSubjectAfter(units: Unit[], from: number): number {
  for (let c = from; c < units.length && c - from <= MAX_FRONTED_SCAN_UNITS; c++) {
    const u = units[c];
    if (u.kind !== 'tok') continue;
    if (GAP_STOPS.has(u.token.text)) return -1;
    if (u.token.text !== ',') continue;
    // ", deux anciens de l'Anssi, la jeune pousse …": an apposition describing the founders names their past employer
    if (FOUNDERS_DESCRIBED.test(wordAt(units, c + 1) ?? '')) continue;
    // ", une ancienne de la Caisse des dépôts, …", ", a former Google engineer, …": the same with its article
    if (INDEFINITE.test(wordAt(units, c + 1) ?? '') && FOUNDERS_DESCRIBED.test(wordAt(units, c + 2) ?? ''))
      continue;
    // "par A, un ancien avocat, et B, …": a name after ", et" is one more founder of the list, not the subject (a
    // person the entity stage misread as a company would otherwise be taken for the company founded)
    if (COORDINATOR.test(wordAt(units, c + 1) ?? '')) continue;
    const at = objectOrgAfter(units, c + 1);
    if (at >= 0) return at;
  }
  return -1;
}

/** Most units after the article of an unnamed subject in which no company may be named ("le réseau compte"). */
const UNNAMED_SUBJECT_UNITS = 3;

/**
 * The main clause right after the fronted phrase (comma at `comma`) opens on a common noun with its article that
 * no company was found for ("Fondé en 1931 par P, le réseau compte …", "…, le titre revendique …"): the company
 * founded is the one the article is about. A noun of a team, fund or round is not a company, and one of a product
 * or title is what a buyer took, rarely the article's company.
 */
export function opensOnUnnamedSubject(units: Unit[], comma: number): boolean {
  if (wordAt(units, comma) !== ',' || !DETERMINER.test(wordAt(units, comma + 1) ?? '')) return false;
  const noun = units[comma + 2];
  if (noun?.kind !== 'tok' || noun.token.kind !== 'word' || noun.token.text !== noun.token.lower)
    return false;
  const w = noun.token.lower;
  if (NOT_COMPANY_NOUN.test(w) || PRODUCT_NOUN.test(w) || GAP_STOPS.has(w)) return false;
  for (let j = comma + 1; j < units.length && j - comma <= UNNAMED_SUBJECT_UNITS; j++)
    if (units[j].kind === 'ent') return false;
  return mainSubjectAfter(units, comma) < 0;
}
