import type { Unit } from '../pattern';
import { isTok } from './funded-clause';

/**
 * How far a lender stands from its verb of lending, and the verb from what it lends, in the way the press writes
 * it: a verb that takes the lending verb as its complement ("has agreed to lend", "vient de lui accorder",
 * "s'est engagé à prêter"), a time phrase ("agreed in July to extend", "a accordé en 2024 à l'entreprise"), an
 * apposition closed by a comma after the lender ("Its lender, Clydesdale Bank, agreed …", "L'AER, dirigée par P,
 * a accordé …") and a pronoun standing for the borrower right after the verb ("awarded it a grant"). Read with
 * `funded-lender-verbs.ts`, which says what a lending clause must hold (a loan or an amount, no negation).
 */

/** Verbs whose complement is the verb of lending ("agreed to lend", "vient d'accorder", "a décidé d'octroyer"). */
const CATENATIVE =
  /^(agreed|agree|agrees|agreeing|plans|planned|plan|decided|decides|committed|pledged|promised|offered|expects|expected|intends|intended|set|vient|viennent|venait|venaient|accepté|accepte|acceptent|décidé|décide|décident|engagé|engage|engagent|prévoit|prévoient|prévu|propose|proposé)$/;
/** The particle between a catenative verb and the infinitive of lending. */
const INFINITIVE_PARTICLE = /^(to|de|d'|à)$/;
/** Auxiliaries, modals, reflexives and adverbs of a verb group ("has also", "s'est par ailleurs", "will"). */
const GROUP_WORD =
  /^(a|ont|avait|avaient|aura|auront|va|vont|est|sont|s'|se|has|have|had|is|are|was|were|will|would|shall|lui|leur|also|already|separately|previously|additionally|then|now|en|outre|par|ailleurs|pour|sa|son|part|de|côté|également|aussi|déjà|ensuite|quant|à|elle)$/;
/** Prepositions that open a time phrase ("in July", "en 2024", "au printemps"). */
const TIME_PREPOSITION = /^(in|en|on|au|dès|début|fin|mi|early|late)$/;
/** Words a time phrase may end on: a year, a month, a season, a day of the week. */
const TIME_WORD =
  /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "last year", "this month", "l'an dernier": a time phrase without a preposition. */
const RELATIVE_TIME = /^(last|this|earlier|l'an|l'année|cette|year|month|week|dernier|dernière)$/;
/** Pronouns standing for the borrower right after the verb ("awarded it a grant", "lent them €5m"). */
const BORROWER_PRONOUN = /^(it|them)$/;
/** Most units of a verb group stepped over between the lender and its verb. */
const MAX_GROUP_UNITS = 8;
/** Most units of a time phrase ("in early July", "au printemps dernier"). */
const MAX_TIME_UNITS = 3;
/** Most units of an apposition closed by a comma after the lender ("dirigée par Thierry Roussel"). */
const MAX_APPOSITION_UNITS = 7;

/** Units of the time phrase ending at `end` (read backwards), or 0. */
function timePhraseBefore(units: Unit[], end: number): number {
  for (let n = 1; n <= MAX_TIME_UNITS; n++) {
    const from = end - n + 1;
    if (from < 0) return 0;
    if (timePhraseAt(units, from) === n) return n;
  }
  return 0;
}

/** Units of the time phrase starting at `from` ("in July", "en 2024", "last year"), or 0. */
export function timePhraseAt(units: Unit[], from: number): number {
  if (isTok(units, from, TIME_PREPOSITION)) {
    for (let k = from + 1; k < from + MAX_TIME_UNITS && k < units.length; k++) {
      if (isTok(units, k, TIME_WORD)) return k - from + 1;
      if (!isTok(units, k, /^(early|late|le|la|l'|début|fin|mi|-)$/)) return 0;
    }
    return 0;
  }
  let k = from;
  while (k < units.length && k - from < MAX_TIME_UNITS && isTok(units, k, RELATIVE_TIME)) k++;
  // "this" or "cette" alone open no time phrase: a time noun must close it
  return k - from >= 2 ? k - from : 0;
}

/**
 * Index of the first unit of the verb group ending at the lending verb `t`: auxiliaries, adverbs, a catenative
 * verb with its particle and time phrases stepped over. `t` itself when nothing stands before it.
 */
export function verbGroupStart(units: Unit[], t: number): number {
  let k = t - 1;
  while (k >= 0 && t - 1 - k < MAX_GROUP_UNITS) {
    const time = timePhraseBefore(units, k);
    if (time > 0) {
      k -= time;
      continue;
    }
    // the particle joins the lending verb to a verb taking an infinitive ("agreed to", "vient de") only after one
    const particleVerb = isTok(units, k, INFINITIVE_PARTICLE) ? k - 1 - timePhraseBefore(units, k - 1) : -1;
    if (particleVerb >= 0 && isTok(units, particleVerb, CATENATIVE)) {
      k = particleVerb - 1;
      continue;
    }
    if (!isTok(units, k, GROUP_WORD) && !isTok(units, k, CATENATIVE)) break;
    k--;
  }
  return k + 1;
}

/**
 * The lender's unit before the verb group starting at `g`, past an apposition closed by a comma: the name
 * inside it when the apposition is the name itself ("Its lender, Clydesdale Bank, agreed"), else the name
 * before its opening comma ("L'AER, dirigée par P, a accordé"). -1 when no organisation stands there.
 */
export function lenderBeforeGroup(units: Unit[], g: number): number {
  let k = g - 1;
  // "la Banque européenne d'investissement (BEI) apporte": the acronym's bracket is the name's
  if (isTok(units, k, /^\)$/) && units[k - 1]?.kind === 'ent' && isTok(units, k - 2, /^\($/)) k -= 3;
  if (units[k]?.kind === 'ent') return k;
  if (!isTok(units, k, /^,$/)) return -1;
  for (let open = k - 1; open >= 0 && k - open <= MAX_APPOSITION_UNITS; open--) {
    if (!isTok(units, open, /^,$/)) continue;
    const inside = units[open + 1];
    // "Its lender, Clydesdale Bank, …": the apposition is a name of its own, the lender
    if (open + 2 === k && inside?.kind === 'ent' && inside.orgs) return open + 1;
    let before = open - 1;
    // "L'Agence (AER), dirigée par …": the acronym's bracket belongs to the name
    if (isTok(units, before, /^\)$/) && isTok(units, before - 2, /^\($/)) before -= 3;
    const head = units[before];
    return head?.kind === 'ent' && head.orgs ? before : -1;
  }
  return -1;
}

/** Most fillers and time phrases stepped over between the verb and what it lends. */
const MAX_OBJECT_STEPS = 4;

/**
 * The first unit of what the verb lends, from `from` (just after the verb): time phrases and fillers
 * (`isFiller`) are passed ("a accordé en 2024 à l'entreprise", "a par ailleurs accordé en mars"), and a pronoun
 * standing for the borrower ("awarded it a grant") is reported.
 */
export function objectStart(
  units: Unit[],
  from: number,
  isFiller: (k: number) => boolean,
): { at: number; pronoun: boolean } {
  let k = from;
  for (let step = 0; step < MAX_OBJECT_STEPS; step++) {
    const time = timePhraseAt(units, k);
    if (time > 0) k += time;
    else if (isFiller(k)) k++;
    else break;
  }
  if (isTok(units, k, BORROWER_PRONOUN)) return { at: k + 1, pronoun: true };
  return { at: k, pronoun: false };
}
