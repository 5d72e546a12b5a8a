import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * French press tells a purchase as a treat the buyer gives itself: "X s'est offert (en mars) le spécialiste
 * nantais Y", "il s'offre Y", "le groupe s'était payé Y". Without its reflexive pronoun the verb is an offer
 * ("a offert 12 euros par action") or a gift, never a purchase, so the pronoun is what makes it a buying verb.
 */

/** Forms of "offrir" and "payer" after a reflexive pronoun. */
export const TREAT_VERBS_FR =
  /^(offert|offerte|offerts|offertes|offre|offrent|offrait|offraient|offrira|offriront|offrir|pay[ée]|pay[ée]e|pay[ée]s|pay[ée]es|paie|paient|paye|payent|paiera|payer)$/;
/** The reflexive pronoun; "se"/"s'" is its only form in the third person. */
const REFLEXIVE_FR = /^(s'|se)$/;
/** Auxiliaries of a reflexive verb's compound tenses ("s'est offert", "se sont offert", "s'était payé"). */
const REFLEXIVE_AUX_FR = /^(est|sont|était|étaient|sera|seront|serait|soit|fut)$/;
/** Adverbs a compound tense may hold before its participle ("s'est ainsi offert", "s'est déjà payé"). */
const TREAT_ADVERBS_FR = /^(ainsi|déjà|aussi|également|enfin|finalement|encore|même|récemment|notamment)$/;
/** Most adverbs between the auxiliary and the participle. */
const MAX_TREAT_ADVERBS = 2;
/**
 * Prepositions that place the first name after the verb outside its object: a treat bought "dans le quotidien X",
 * or "chez X" is a thing (an advertising campaign, a stand), and the company is only where it was had.
 */
const PLACING_PREPOSITIONS_FR = /^(dans|chez|avec|auprès|sur)$/;
/** Units after the verb searched for the object's first name. */
const TREAT_OBJECT_WINDOW_UNITS = 12;

/** A placing preposition stands between the verb at `i` and the first name after it. */
function objectPlacedByPreposition(units: Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && k <= i + TREAT_OBJECT_WINDOW_UNITS; k++) {
    if (units[k]!.kind === 'ent') return false;
    if (PLACING_PREPOSITIONS_FR.test(wordAt(units, k))) return true;
  }
  return false;
}

/** The verb at `i` is "offrir"/"payer" governed by a reflexive pronoun before it, past an auxiliary and adverbs. */
export function isReflexiveTreat(units: Unit[], i: number): boolean {
  if (!TREAT_VERBS_FR.test(wordAt(units, i))) return false;
  let k = i - 1;
  for (let n = 0; n < MAX_TREAT_ADVERBS && TREAT_ADVERBS_FR.test(wordAt(units, k)); n++) k--;
  if (REFLEXIVE_AUX_FR.test(wordAt(units, k))) k--;
  return REFLEXIVE_FR.test(wordAt(units, k)) && !objectPlacedByPreposition(units, i);
}
