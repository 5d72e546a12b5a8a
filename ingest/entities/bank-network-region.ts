import type { Token } from '../tokens';
import { regionLength } from './region-body';

/**
 * "le Crédit Mutuel de Bretagne", "la Caisse d'Epargne d'Auvergne", "le CIC Lyonnaise de Banque": France's
 * cooperative banking networks name each regional bank by the network, "de" and its region, and that regional bank is
 * the lender a financing names. With no head word before "de" the cutter stopped at the network ("Crédit Mutuel"),
 * which is another, national body. Only a region of France after "de" joins here (a town names a branch, left to the
 * cutter's own rules), and "de Banque" closes the names of the CIC's regional banks.
 */

/** The networks, as lower-case token sequences ("Caisse d'Epargne" is three tokens). */
const BANK_NETWORKS: string[][] = [
  ['crédit', 'mutuel'],
  ['credit', 'mutuel'],
  ['crédit', 'agricole'],
  ['credit', 'agricole'],
  ['banque', 'populaire'],
  ['caisse', "d'", 'epargne'],
  ['caisse', "d'", 'épargne'],
  ['cic'],
];
/** Capitalised words a CIC regional bank may carry between the network and "de Banque" ("CIC Lyonnaise"). */
const MAX_WORDS_BEFORE_DE_BANQUE = 2;
/** The French "de" before a complement, whole or elided. */
const FRENCH_OF = new Set(['de', "d'"]);

/** Length of the network name opening the run at `runFrom` and ending right before `i`, or 0. */
function networkBefore(tokens: Token[], runFrom: number, i: number): number {
  for (const n of BANK_NETWORKS) {
    if (runFrom + n.length > i) continue;
    let ok = true;
    for (let k = 0; k < n.length && ok; k++) ok = tokens[runFrom + k].lower === n[k];
    if (ok) return n.length;
  }
  return 0;
}

/**
 * Tokens to take at `i` (the "de" and the words after it) when the run [runFrom, i) is a banking network and "de
 * <region>" or "de Banque" names one of its regional banks; else 0.
 */
export function bankNetworkRegionJoin(tokens: Token[], runFrom: number, i: number): number {
  const of = tokens[i];
  if (!of || !FRENCH_OF.has(of.lower)) return 0;
  const network = networkBefore(tokens, runFrom, i);
  if (network === 0) return 0;
  const extra = i - runFrom - network;
  const next = tokens[i + 1];
  if (extra === 0) {
    const region = regionLength(tokens, i + 1);
    return region > 0 ? 1 + region : 0;
  }
  if (extra > MAX_WORDS_BEFORE_DE_BANQUE || of.lower !== 'de' || next?.text !== 'Banque') return 0;
  const after = tokens[i + 2];
  return after && /^\p{Lu}/u.test(after.text) ? 0 : 2;
}
