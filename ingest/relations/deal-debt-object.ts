import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * A company's debt bought is no takeover of the company: "said Bond would acquire Atlas' total loans of 275 mln
 * dlrs", "agreed to acquire Dexter's bank debt", "bought Y's outstanding notes", "rachète la dette de Y", "les
 * créances de Y". The name the purchase verb took is only the debt's owner, so an ACQUIRED reading is dropped.
 */
const DEBT_NOUNS =
  /^(loan|loans|debt|debts|notes|bonds|debentures|receivables|mortgages|obligations|paper|dette|dettes|créances|créance|obligations|prêts)$/u;
/** Plain words allowed between the owner's "'s" and the debt noun ("Atlas' total bank loans"). */
const MAX_WORDS = 3;
const OF = /^(of|de|du|des|d['’])$/u;
const POSSESSIVE = /^['’]s?$/u;

const word = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);
const plain = (u: Unit | undefined): boolean =>
  u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;

/** "Y's (total) loans": the debt noun after the owner's possessive. */
function debtAfter(units: readonly Unit[], at: number): boolean {
  if (!POSSESSIVE.test(word(units[at + 1]) ?? '')) return false;
  for (let k = at + 2; k < units.length && k - at - 2 <= MAX_WORDS; k++) {
    if (DEBT_NOUNS.test(word(units[k]) ?? '')) return true;
    if (!plain(units[k])) return false;
  }
  return false;
}

/** "the (bank) debt of Y", "la dette de Y": the debt noun before the owner's "of". */
function debtBefore(units: readonly Unit[], at: number): boolean {
  if (!OF.test(word(units[at - 1]) ?? '')) return false;
  for (let k = at - 2; k >= 0 && at - 2 - k <= MAX_WORDS; k--) {
    if (DEBT_NOUNS.test(word(units[k]) ?? '')) return true;
    if (!plain(units[k])) return false;
  }
  return false;
}

/** Whether the target an ACQUIRED reading took is only named as the owner of debt bought. */
export function debtOfTarget(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (rule.type !== 'ACQUIRED' || rule.target === undefined) return false;
  const at = capturedAt(caps, rule.target);
  if (at < 0 || units[at]?.kind !== 'ent') return false;
  return debtAfter(units, at) || debtBefore(units, at);
}
