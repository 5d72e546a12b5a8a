import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { CLAUSE_OPENERS, describedHead, isOrgAt, isStrongStop, opensOwnClause, wordAt } from './clause';
import { chainedDealNounObject } from './acquired-chained-deal-noun';

/**
 * Purchases told one after another with one verb: "X a racheté A, à Madrid, puis B", "a avalé A, spécialiste
 * lyonnais du planning, puis le belge B en 2023", "bought A in May, then B". The later object shares the
 * verb and its buyer. A word that is neither a determiner nor a name after "puis"/"then" opens another verb
 * ("puis a cédé B"), which is not read here.
 */

/** Words that chain a later purchase to the first. */
const CHAIN_WORDS = /^(puis|then|ensuite)$/;
/**
 * "racheté en 2024 le néerlandais A et le polonais B", "bought A in 2023 and the German B last year": a plain
 * conjunction chains a later object only when a determiner opens it (a bare name after "et" is read by
 * clause.ts's coordinated) and no verb of its own follows it ("et le fonds B a investi").
 */
const CONJUNCTIONS = /^(et|and)$/;
/** Pronouns standing for a deal noun already said ("celui de B", "that of B"). */
const PRONOUN_OF_NOUN = /^(celui|celle|that)$/;
/** Determiners that may open the later object. */
const DETERMINERS = /^(le|la|l'|les|un|une|the|a|an)$/;
/** Prepositions that bring in a buying verb's object, repeated before a later one. */
const VERB_PREPOSITIONS = /^(sur|de|du|d'|des)$/;
/** Prepositions a descriptor of the later object may hold ("l'agence de modération B"). */
const DESCRIPTOR_PREPOSITIONS = /^(de|du|d'|des)$/;
/** Most units between the first object and the chain word (an apposition, a place, a date). */
const MAX_GAP_UNITS = 10;
/** Most descriptor words after the determiner of the later object. */
const MAX_DESCRIPTOR_WORDS = 4;

/** The later object opened after the chain word at `at`, or -1. */
function objectAfterChain(units: Unit[], at: number): number {
  let k = at + 1;
  if (wordAt(units, k) === ',') k++;
  // "le rachat de A et la prise de contrôle, l'an dernier, de B": the deal noun is said again (its own file)
  const nounObject = chainedDealNounObject(units, k);
  if (nounObject >= 0) return describedHead(units, nounObject);
  // "grâce au rachat de A, puis à celui de B", "the purchase of A, then that of B": the pronoun stands for the noun
  if (/^(à|au|to)$/.test(wordAt(units, k)) && PRONOUN_OF_NOUN.test(wordAt(units, k + 1))) k++;
  const viaPronoun = PRONOUN_OF_NOUN.test(wordAt(units, k)) && /^(de|du|d'|of)$/.test(wordAt(units, k + 1));
  if (viaPronoun) k += 2;
  // the verb's own preposition may come again ("mis la main sur A, puis sur B")
  else if (VERB_PREPOSITIONS.test(wordAt(units, k))) k++;
  if (DETERMINERS.test(wordAt(units, k))) {
    for (let words = 0; units[k + 1]?.kind === 'tok' && words < MAX_DESCRIPTOR_WORDS; words++) {
      const w = wordAt(units, k + 1);
      const u = units[k + 1];
      if (u.kind !== 'tok' || u.token.kind !== 'word') return -1;
      if (!/^\p{Ll}/u.test(u.token.text) && !DESCRIPTOR_PREPOSITIONS.test(w)) return -1;
      k++;
    }
    k++;
  }
  if (!isOrgAt(units, k) || (!viaPronoun && isOblique(units, k))) return -1;
  return describedHead(units, k);
}

/** Words of a date between two objects ("A en 2023 et l'allemand B"): a place or a clause ends the list. */
const TIME_WORDS = /^(in|en|last|this|early|late|l'|an|dernier|dernière|année|year|début|fin)$/;

/** Units strictly between `from` and `to` are numbers or words of a date. */
function onlyTimeBetween(units: Unit[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const u = units[k];
    if (u.kind !== 'tok' || !(u.token.kind === 'number' || TIME_WORDS.test(u.token.lower))) return false;
  }
  return true;
}

/** The objects chained after the object at `o` ("A, puis B"): their unit indices, in order. */
export function chainedObjects(units: Unit[], o: number): number[] {
  const out: number[] = [];
  let from = o;
  for (;;) {
    let next = -1;
    for (let k = from + 1; k < units.length && k - from <= MAX_GAP_UNITS; k++) {
      const u = units[k];
      // a place after a preposition ("près de Pontoise") is stepped over; another party ends the chain
      const party = isOrgAt(units, k) && !isOblique(units, k);
      if (isStrongStop(units, k) || CLAUSE_OPENERS.test(wordAt(units, k)) || party) break;
      if (u.kind === 'tok' && CHAIN_WORDS.test(u.token.lower)) {
        next = objectAfterChain(units, k);
        break;
      }
      if (
        u.kind === 'tok' &&
        CONJUNCTIONS.test(u.token.lower) &&
        DETERMINERS.test(wordAt(units, k + 1)) &&
        onlyTimeBetween(units, from, k)
      ) {
        next = objectAfterChain(units, k);
        if (next >= 0 && opensOwnClause(units, next)) next = -1;
        break;
      }
    }
    if (next < 0) return out;
    out.push(next);
    from = next;
  }
}
