import type { Unit } from './pattern';
import { EN_STOPWORDS } from '../entities/lexicon-words';

/**
 * "Fjordcell wins Volvo cell contract, agrees to buy Reclaim Metals", "Ardent wins Tesco supply order, to buy Pellman
 * Dairy": a customer named before the contract or order it gives only qualifies that noun; the deal that follows is
 * the subject's. English headlines and wire copy write the customer so; French puts it after ("un contrat avec X").
 */

/** Nouns of work a customer gives ("contract", "order", "tender"). */
const CONTRACT_NOUNS = new Set(['contract', 'contracts', 'order', 'orders', 'tender', 'tenders']);
/** Most lower-case words between the customer's name and the contract noun ("Volvo battery cell contract"). */
const MAX_WORDS_BEFORE_CONTRACT = 2;

/** A plain lower-case content word may qualify the contract ("cell", "supply"); "for", "'s" open another phrase. */
const CONTENT_WORD_RE = /^\p{Ll}+$/u;

/**
 * The name at `i` is followed, within two lower-case content words, by a contract noun ("Volvo cell contract").
 * "competes with X for contracts", "X's contract logistics arm" keep X: a function word or a possessive comes first.
 */
export function namesContractCustomer(units: Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && k <= i + 1 + MAX_WORDS_BEFORE_CONTRACT; k++) {
    const u = units[k];
    if (u.kind !== 'tok' || !CONTENT_WORD_RE.test(u.token.text) || EN_STOPWORDS.has(u.token.lower))
      return false;
    if (CONTRACT_NOUNS.has(u.token.lower)) return true;
  }
  return false;
}
