import type { Token } from '../tokens';
import { speaksAsPerson } from './surname-speaker';

/**
 * "Harwood, who left the business in 2015, now runs …", "Pym, 46, said …", "Pym started the company in 2007 with
 * …": a lone surname that is also a word of a company's name ("Harwood Pym", a firm named after its founders) is the
 * person when the mention itself is told as one: a relative "who"/"qui", an age in commas, a speech verb followed
 * by "he"/"she", or a founding verb taking "the company" as its object. A firm is "X, which …" and "X said it";
 * with no such cue the word stays the company's (org-surnames.ts).
 */

/** Relative pronouns said of people only. */
const PERSON_RELATIVE = /^(who|whom|qui)$/;
/** An age between commas ("Pym, 46, said"). */
const AGE = /^\d{2}$/;
/** Founding verbs whose subject is the founder: "Pym started the company", "Harwood a fondé l'entreprise". */
const FOUNDING_VERB = /^(founded|co-founded|cofounded|started|created|launched|fondé|cofondé|créé|lancé)$/;
/** Auxiliaries before a French founding participle ("a fondé", "avait créé"). */
const FR_AUXILIARY = /^(a|avait)$/;
/** The object of that verb, a company pointer: "the company", "the business", "l'entreprise". */
const COMPANY_OBJECT = /^(company|business|firm|group|entreprise|société|groupe|maison)$/;
const DETERMINER = /^(the|its|l'|la|le|sa|son)$/;

/** Whether the mention ending before token `to` is told as a person by the words right after it. */
export function toldAsPerson(tokens: readonly Token[], to: number): boolean {
  const at = (k: number): string => tokens[k]?.lower ?? '';
  if (at(to) === ',' && PERSON_RELATIVE.test(at(to + 1))) return true;
  if (at(to) === ',' && AGE.test(at(to + 1)) && at(to + 2) === ',') return true;
  if (speaksAsPerson(tokens as Token[], to)) return true;
  const verb = FR_AUXILIARY.test(at(to)) ? to + 1 : to;
  return FOUNDING_VERB.test(at(verb)) && DETERMINER.test(at(verb + 1)) && COMPANY_OBJECT.test(at(verb + 2));
}
