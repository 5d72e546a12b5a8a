import type { Unit } from '../pattern';
import { OBJECT_OF_DEAL } from '../rival-object-cues';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "Thalvère passe devant Sagelis et devient le numéro deux européen, derrière Hensoldt", "A overtook B and now trails
 * C", "A affronte B, et se dit talonné par C" (a comma before the coordinator): a name closing an earlier verb phrase, right before "et/and" and a second verb, is that phrase's object. The
 * second verb shares the subject of the first, so the name between is no reason to refuse the clause's subject. A
 * company just bought is left out ("A bought B and now outpaces C" is not read): the buyer's rivalry may be the
 * combined group's, told by the deal readers' topic, and the pattern rules keep that case unread.
 */
/** Units looked back from the name for a verb of buying ("a racheté l'an dernier B"). */
const DEAL_VERB_WINDOW_UNITS = 3;

const COORDINATOR = /^(et|and)$/u;
/**
 * Words after "et/and" that open a noun phrase or another subject, not a second verb ("et sa filiale", "and the
 * group", "et il"): after them the name may be one of a list or the next clause has its own subject.
 */
const NOT_VERB_OPENER =
  /^(le|la|les|l'|un|une|des|du|de|d'|ce|cet|cette|ces|son|sa|ses|leur|leurs|the|a|an|its|their|his|her|this|these|il|elle|ils|elles|it|they|he|she|we|nous|on|qui|que|which|who|that)$/u;

/** The name at `k` ends a verb phrase that "et/and" and a second lower-case verb carry on after it. */
export function objectBeforeSecondVerb(units: Unit[], k: number): boolean {
  // "fait face à A et au danois B, et se dit talonné par C", "competes with A and B, and trails C": a comma may
  // close the first verb phrase before its coordinator
  const at = wordAt(units, k + 1) === ',' ? k + 1 : k;
  if (!COORDINATOR.test(wordAt(units, at + 1) ?? '')) return false;
  const next = units[at + 2];
  if (next?.kind !== 'tok' || next.token.kind !== 'word') return false;
  const w = next.token.text;
  if (w !== next.token.lower || !/^\p{L}/u.test(w) || NOT_VERB_OPENER.test(w)) return false;
  for (let j = Math.max(0, k - DEAL_VERB_WINDOW_UNITS); j < k; j++)
    if (OBJECT_OF_DEAL.test(wordAt(units, j) ?? '')) return false;
  return true;
}
