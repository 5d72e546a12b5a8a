import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { DEAL_READER_CONFIDENCE, negatedBefore, wordAt } from './clause';
import { dealCaptures } from './deal-captures';
import { antecedent, buyerAfterPronoun } from './acquired-object-relative';

/**
 * Control taken, told in a relative clause about the company taken over: "L'acquéreur, dont le fonds X a pris le
 * contrôle en 2021, …", "Y, dont X est devenu l'actionnaire majoritaire l'an dernier", "Y, which X took control
 * of in 2019, …". The relative pronoun stands for the controlled company ("dont" = "de Y", the stranded "of"), so
 * the object-relative reader (acquired-object-relative.ts), which wants a verb without an object, does not read
 * it; the antecedent and the buyer are found the same way.
 */

/** Relative pronouns of the control clause: "dont" in French, an object relative with a stranded "of" in English. */
const CONTROL_RELATIVE: Record<Language, RegExp> = {
  fr: /^dont$/u,
  en: /^(which|that)$/u,
};
/** Auxiliaries and adverbs between the buyer and its verb ("a finalement pris", "had quietly taken"). */
const BETWEEN_BUYER_AND_VERB =
  /^(a|avait|ont|avaient|aura|vient|venait|de|d'|has|had|have|also|only|just|recently|already|quietly|finally|aussi|déjà|finalement|alors|progressivement)$/u;
/** Most such words. */
const MAX_BETWEEN_UNITS = 3;
/** Forms of "prendre" / "take" and "gain" whose object is control. */
const TAKE =
  /^(pris|prend|prenait|prendra|prendre|repris|took|taken|takes|take|taking|gained|gains|seized|acquired|assumed|won)$/u;
/** French: "devenu(e) l'actionnaire majoritaire" / "est devenu son propriétaire". */
const BECAME = /^(devenu|devenue|devenus|devient|deviendra)$/u;
const MAJORITY_HOLDER = /^(actionnaire|propriétaire|détenteur)$/u;
/** Qualifiers of control ("le contrôle exclusif", "majority control"). */
const CONTROL_QUALIFIER = /^(exclusif|majoritaire|total|full|majority|effective|operational)$/u;
/**
 * What may follow the clause when the pronoun was its object: time, price or punctuation. Anything else may be
 * control of something else ("dont X a pris le contrôle de la filiale B").
 */
const AFTER_CONTROL =
  /^(in|on|last|earlier|this|for|after|years|en|l'|l'an|pour|à|au|dès|depuis|il|,|\.|;|:|\)|—|–)$/u;

/** The end of "le contrôle (exclusif)" / "control (of)" after the verb at `k`, or -1. */
function controlEnd(units: Unit[], k: number, lang: Language): number {
  let j = k + 1;
  if (lang === 'fr') {
    if (wordAt(units, j) !== 'le' || wordAt(units, j + 1) !== 'contrôle') return -1;
    j += 2;
  } else {
    if (CONTROL_QUALIFIER.test(wordAt(units, j))) j++;
    if (wordAt(units, j) !== 'control') return -1;
    j++;
  }
  if (CONTROL_QUALIFIER.test(wordAt(units, j))) j++;
  // English strands the preposition the pronoun stood for: "which X took control of"
  if (lang === 'en') return wordAt(units, j) === 'of' ? j + 1 : -1;
  return j;
}

/** The end of "devenu l'actionnaire majoritaire" after the verb at `k` (French), or -1. */
function becameHolderEnd(units: Unit[], k: number): number {
  // the determiner may be left out ("est devenu actionnaire majoritaire")
  const noun = /^(l'|le|la|son|sa)$/u.test(wordAt(units, k + 1)) ? k + 2 : k + 1;
  if (!MAJORITY_HOLDER.test(wordAt(units, noun))) return -1;
  // a majority word is needed for a shareholder, not for an owner
  if (wordAt(units, noun) === 'actionnaire') return wordAt(units, noun + 1) === 'majoritaire' ? noun + 2 : -1;
  return noun + 1;
}

/** The unit after the control phrase of the clause whose buyer is at `buyer`, or -1; with the verb's unit. */
function controlClause(units: Unit[], buyer: number, lang: Language): { verb: number; end: number } | null {
  for (let k = buyer + 1; k <= buyer + 1 + MAX_BETWEEN_UNITS && k < units.length; k++) {
    const w = wordAt(units, k);
    if (TAKE.test(w)) {
      const end = controlEnd(units, k, lang);
      return end < 0 ? null : { verb: k, end };
    }
    if (lang === 'fr' && BECAME.test(w)) {
      const end = becameHolderEnd(units, k);
      return end < 0 ? null : { verb: k, end };
    }
    if (!BETWEEN_BUYER_AND_VERB.test(w) && !/^(est|était|sera)$/u.test(w)) return null;
  }
  return null;
}

function readControlRelatives(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 1; i < units.length - 2; i++) {
    if (!CONTROL_RELATIVE[lang].test(wordAt(units, i))) continue;
    const buyer = buyerAfterPronoun(units, i);
    if (buyer < 0) continue;
    const clause = controlClause(units, buyer, lang);
    if (clause === null || negatedBefore(units, clause.verb)) continue;
    const next = units[clause.end];
    if (next !== undefined && !AFTER_CONTROL.test(wordAt(units, clause.end))) continue;
    const taken = antecedent(units, i);
    if (taken < 0) continue;
    const captures = dealCaptures(units, buyer, taken, taken);
    if (captures) out.push(captures);
  }
  return out;
}

/** ACQUIRED whose company taken over is the antecedent of a relative clause of control (both languages). */
export const ACQUIRED_CONTROL_RELATIVE_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-control-relative',
    type: 'ACQUIRED',
    read: readControlRelatives,
    // every reading stands on a relative pronoun and the word control (or a majority holder)
    neededWordPattern: /^(dont|which|that)$/u,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);
