import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import { wordOrNullAt as wordAt } from './frames/clause';

/**
 * "The Lunden purchase places Vetrica in direct competition with A", "The Lunden buy lifts Vetrica to second
 * place": English names a deal by its target, put before a deal noun whose spelling is also the bare verb. After a
 * determiner, the name is that noun's modifier and the word is the noun, the subject of the next verb: the name
 * bought nothing, so a purchase read with it as the buyer is refused. A bare verb after a name with no determiner
 * ("Vetrica and Orlen buy A") keeps its reading.
 */

/** Deal nouns spelt like the bare verb of buying. */
const DEAL_NOUN_AS_VERB = /^(purchase|buy|buyout)$/u;
/** Determiners before the name that make the phrase a noun phrase ("the Lunden purchase", "this Lunden buy"). */
const PHRASE_DETERMINER = /^(the|this|that|its|their)$/u;

/** Refuses an ACQUIRED match whose buyer is the modifier of a deal noun ("The Lunden purchase …"). */
export function buyerIsDealNounModifier(rule: Rule, caps: Captures, units: Unit[]): boolean {
  if (rule.type !== 'ACQUIRED' || !rule.source) return false;
  const a = capturedAt(caps, rule.source);
  if (a < 1 || units[a]?.kind !== 'ent') return false;
  return (
    DEAL_NOUN_AS_VERB.test(wordAt(units, a + 1) ?? '') && PHRASE_DETERMINER.test(wordAt(units, a - 1) ?? '')
  );
}
