import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * "Nordhavn Shipping's venture arm, Nordhavn Ventures, joined the round alongside B": a subject owning the investing arm that opens the sentence is that investor's parent,
 * not the company the round is for — the round's company is then the article's. A company's own backers
 * ("Acme's investors, A and B, joined …") keep Acme as the company funded: only investing-arm nouns count here.
 */

/** Nouns of a company's investing arm, after "'s" and at most one qualifier ("venture", "corporate"). */
const ARM_NOUNS = new Set(['arm', 'fund', 'unit', 'vehicle', 'subsidiary', 'affiliate', 'division']);
const ARM_QUALIFIERS = new Set([
  'venture',
  'ventures',
  'investment',
  'investing',
  'corporate',
  'private',
  'equity',
  'capital',
  'strategic',
  'innovation',
  'growth',
]);

/** Whether the first name before `end` is followed by "'s" and an investing-arm noun phrase. */
export function subjectOwnsInvestingArm(units: Unit[], end: number): boolean {
  const i = units.findIndex((u) => u.kind === 'ent');
  if (i < 0 || i >= end) return false;
  if (!/^('s|’s)$/u.test(wordAt(units, i + 1))) return false;
  let k = i + 2;
  let qualified = false;
  while (ARM_QUALIFIERS.has(wordAt(units, k)) && k < i + 4) {
    qualified = true;
    k++;
  }
  // a bare "X's unit" or "X's subsidiary" is a business of X; only an investing qualifier or "arm"/"fund" invests
  const noun = wordAt(units, k);
  return ARM_NOUNS.has(noun) && (qualified || noun === 'arm' || noun === 'fund');
}
