import type { Unit } from './pattern';

/**
 * One subject, two verb phrases: "X a racheté en 2019 A, puis pris le contrôle de B", "Le fonds a financé A en 2020,
 * puis investi dans B", "X bought A in 2022 and, last year, took a stake in B". The second verb has no subject of
 * its own, so it is the first verb's subject's, never the object A just before the coordinator. A rule reading A
 * as the subject of the second verb is wrong even when the first subject is a pointer no reader resolved.
 */

/** Coordinators that may open a verb phrase without a subject. */
const COORDINATOR = /^(puis|et|then|and)$/u;
/**
 * "avant de" / "avant d'" opens an infinitive phrase sharing the subject ("X s'est offert A, avant de reprendre en
 * mars B"), as "puis" opens a participle one.
 */
const BEFORE = 'avant';
const BEFORE_OF = /^(de|d'|d’)$/u;
/** A French infinitive ("reprendre", "racheter", "acquérir", "prendre"). */
const FR_INFINITIVE = /^\p{Ll}{2,}(er|ir|re)$/u;
/** A bare French past participle ("racheté", "pris", "investi", "acquis", "offert", "mis"). */
const FR_PARTICIPLE = /^\p{Ll}{2,}(é|ée|és|ées|i|is|it|u|ert)$/u;
/** English past tenses that open a subjectless verb phrase after "and/then". */
const EN_PAST = /^(\p{Ll}{3,}ed|took|bought|sold|won|made|paid|led|set|snapped|picked)$/u;
/** Words the second phrase may open with before its verb: time phrases, adverbs, commas. */
const LEAD_WORDS =
  /^(,|ensuite|aussi|également|enfin|then|later|also|subsequently|in|en|last|this|earlier|l'|l’|an|année|dernier|dernière|suivante|year|month|following|next|début|fin|deux|trois|ans|years|plus|tard|ago|\d{4})$/u;
/** Most words between the coordinator and the second verb. */
const MAX_LEAD_WORDS = 6;
/** Words of the first verb phrase before its object (the verb, its auxiliary, a date, a determiner, a cue noun). */
const MAX_WORDS_BEFORE_OBJECT = 6;
/**
 * A name inside a complement of the object ("a finalisé en 2024 son rapprochement avec le maroquinier B", "a racheté
 * en 2019 la filiale française de B") stands further from the verb; the preposition shows it is no subject.
 */
const MAX_WORDS_BEFORE_OBLIQUE_OBJECT = 10;
/** Prepositions that govern a name inside the object's noun phrase. */
const OBJECT_COMPLEMENT_PREPOSITION = /^(avec|de|du|des|d'|d’)$/u;
/** A relative or completive word: the name after it is the subject of a clause of its own ("a annoncé que B …"). */
const CLAUSE_OPENER = /^(que|qu'|qu’|qui|dont|that|which|who)$/u;
/** Auxiliaries of a compound past; "est" and "était" for a reflexive buying verb ("s'est offert A"). */
const FR_AUX = /^(a|avait|ont|avaient|aura|auront|eut|est|était)$/u;

function word(u: Unit | undefined): string | null {
  return u?.kind === 'tok' ? u.token.lower : null;
}

/** The unit `a` is the object of a verb before it in its clause: a verb, not a name, comes first going back. */
function objectOfVerb(units: Unit[], a: number): boolean {
  let reach = MAX_WORDS_BEFORE_OBJECT;
  for (let k = a - 1; k >= 0 && k >= a - reach; k--) {
    const w = word(units[k]);
    if (w === null || /^[,;:()«»"“”]$/u.test(w) || CLAUSE_OPENER.test(w)) return false;
    if (OBJECT_COMPLEMENT_PREPOSITION.test(w)) reach = MAX_WORDS_BEFORE_OBLIQUE_OBJECT;
    if (FR_PARTICIPLE.test(w) && FR_AUX.test(word(units[k - 1]) ?? '')) return true;
    if (EN_PAST.test(w)) return true;
  }
  return false;
}

/** Between `a` and `b` a coordinator opens a verb phrase with no subject of its own. */
function subjectlessPhraseBetween(units: Unit[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const before = word(units[k]) === BEFORE && BEFORE_OF.test(word(units[k + 1]) ?? '');
    if (!before && !COORDINATOR.test(word(units[k]) ?? '')) continue;
    const from = before ? k + 2 : k + 1;
    for (let j = from; j < b && j <= from + MAX_LEAD_WORDS; j++) {
      const w = word(units[j]);
      if (w === null) break;
      if (before ? FR_INFINITIVE.test(w) : FR_PARTICIPLE.test(w) || EN_PAST.test(w)) return true;
      if (!LEAD_WORDS.test(w)) break;
    }
  }
  return false;
}

/** Whether the earlier party `a` of a match is an object the ellipsis makes no subject of the verb before `b`. */
export function elidedSubjectObject(units: Unit[], a: number, b: number): boolean {
  return a < b && objectOfVerb(units, a) && subjectlessPhraseBetween(units, a, b);
}
