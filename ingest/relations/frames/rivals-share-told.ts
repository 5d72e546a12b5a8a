import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * Two more ways the press gives each holder of a market its share, besides "A holds 30%, B 25%": the share before
 * the holder ("A détient 12 % des ventes, contre 15 % pour B et 8 % pour C", "… against 15% for B") and shares told
 * together after their holders ("while B and C hold 11% and 9% respectively", "B et C en détiennent respectivement
 * 9 % et 7 %"). Each such holder counts as one with its own share in rivals-share-listing.ts.
 */

/** Words linking a percentage to the holder after it ("15 % pour B", "15% for B"). */
const FOR = /^(pour|for)$/u;
/** "respectively", "respectivement": shares told in the order of the names before them. */
const RESPECTIVELY = /^(respectively|respectivement)$/u;
/** Names joined in the list a "respectively" clause gives shares to. */
const LIST_JOIN = /^(,|and|et|&)$/u;
/** Punctuation ending the clause the shares are in. */
const CLAUSE_END = /^[;:.!?]$/u;
/** Most units from the last listed name to "respectively" ("hold 11% and 9% respectively": six). */
const RESPECTIVE_WINDOW_UNITS = 12;

/** A number and its percent sign or word ending right before unit `k` ("15 %", "15 per cent"), by its length. */
function percentEndingBefore(units: Unit[], k: number): number {
  const w = (j: number) => wordAt(units, j) ?? '';
  const number = (j: number) => /^\d+([.,]\d+)?$/u.test(w(j));
  if ((w(k - 1) === '%' || w(k - 1) === 'percent') && number(k - 2)) return 2;
  if (w(k - 1) === 'cent' && FOR.test(w(k - 2)) && number(k - 3)) return 3;
  return 0;
}

/**
 * Words of a holder's descriptor between "pour/for" and its name ("5 % pour le japonais B", "17% for Dutch
 * newcomer B"): a determiner, a nationality, a kind noun.
 */
const DESCRIPTOR_WORDS = 3;
/** A descriptor word: letters only (a name, a number, a comma or a linking word ends the descriptor). */
const DESCRIPTOR_WORD = /^(?!(of|de|du|des|d'|and|et|or|ou|for|pour|with|avec)$)[\p{L}'-]+$/u;

/**
 * The organisation at `i` is given the percentage before it: "15 % pour B", "15% for B", also across the holder's
 * descriptor ("5 % pour le japonais B").
 */
export function shareBefore(units: Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - 1 - k <= DESCRIPTOR_WORDS; k--) {
    const w = wordAt(units, k) ?? '';
    if (FOR.test(w)) return percentEndingBefore(units, k) > 0;
    if (units[k].kind !== 'tok' || !DESCRIPTOR_WORD.test(w)) return false;
  }
  return false;
}

/** Units of organisations listed before a "respectively" that gives each its share, in their clause. */
export function respectiveHolders(units: Unit[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < units.length; r++) {
    if (!RESPECTIVELY.test(wordAt(units, r) ?? '')) continue;
    // the list is the run of names nearest before the shares ("B and C hold 11% and 9%")
    let last = -1;
    for (let k = r - 1; k >= 0 && r - k <= RESPECTIVE_WINDOW_UNITS; k--) {
      if (CLAUSE_END.test(wordAt(units, k) ?? '')) break;
      if (units[k].kind === 'ent') {
        last = k;
        break;
      }
    }
    const lastUnit = units[last];
    if (last < 0 || lastUnit.kind !== 'ent' || !lastUnit.orgs) continue;
    const listed = [last];
    for (let k = last - 1; k >= 1; k -= 2) {
      const joined = LIST_JOIN.test(wordAt(units, k) ?? '');
      const u = units[k - 1];
      if (!joined || u.kind !== 'ent' || !u.orgs) break;
      listed.unshift(k - 1);
    }
    // the shares stand after the names, before or after the adverb ("hold 11% and 9% respectively", "en
    // détiennent respectivement 9 % et 7 %"), up to the clause's end
    let end = r + 1;
    while (end < units.length && !CLAUSE_END.test(wordAt(units, end) ?? '') && units[end].kind !== 'ent')
      end++;
    const shares = units
      .slice(last + 1, end)
      .filter((_u, j) => /^(%|percent)$/u.test(wordAt(units, last + 1 + j) ?? ''));
    if (listed.length >= 2 && shares.length === listed.length) out.push(...listed);
  }
  return out;
}

/** Words after a percentage that make it a stake in the company named next ("12% of Kopra", "15 % du capital de"). */
const OF = /^(of|de|du|d'|in|dans)$/u;

/** A percentage of a named company is a stake in it, not a share of a market: "Brightline owns 12% of Kopra". */
export function stakeInNamedCompany(units: Unit[]): boolean {
  for (let k = 0; k + 2 < units.length; k++) {
    if (!/^(%|percent)$/u.test(wordAt(units, k) ?? '') || !OF.test(wordAt(units, k + 1) ?? '')) continue;
    const u = units[k + 2];
    if (u.kind === 'ent' && u.orgs) return true;
  }
  return false;
}
