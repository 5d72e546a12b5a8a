import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * A company's debt bought is no takeover of the company: "said Bond would acquire Atlas' total loans of 275 mln
 * dlrs", "agreed to acquire Dexter's bank debt", "bought Y's outstanding notes", "rachète la dette de Y", "les
 * créances de Y", "take over certain liabilities of its local unit Y", "reprend le passif de sa filiale Y". The
 * name the purchase verb took is only the debt's owner, so an ACQUIRED reading is dropped. Assets taken with the
 * debt ("purchase some assets and assume some liabilities of Y", "l'actif et le passif de Y") are a business of Y
 * bought, which the gold format counts as Y: those readings stay.
 */
const DEBT_NOUNS =
  /^(loan|loans|debt|debts|notes|bonds|debentures|receivables|mortgages|obligations|paper|liabilities|liability|borrowings|dette|dettes|créances|créance|obligations|prêts|passif)$/u;
/** Plain words allowed between the owner's "'s" and the debt noun ("Atlas' total bank loans"). */
const MAX_WORDS = 3;
const OF = /^(of|de|du|des|d['’])$/u;
const POSSESSIVE = /^['’]s?$/u;
/** Determiners opening the owner's description after "of" ("of its local unit Y", "de sa filiale Y"). */
const OWNER_DETERMINERS = /^(its|their|his|her|the|son|sa|ses|leur|leurs|la|le|les|l['’])$/u;
/** Plain words of that description, after its determiner ("local unit", "filiale"). */
const MAX_OWNER_WORDS = 3;
/** The bracket wire copy opens an unlisted company's name with ("<Y Ltd>"). */
const WIRE_NAME_OPENER = '<';
/** Nouns of a business taken along with the debt: then the owner's business changes hands. */
const ASSET_NOUNS = /^(assets|asset|business|businesses|operations|actif|actifs|activité|activités|fonds)$/u;
/** Words searched before the debt noun for an asset noun ("some assets and assume some liabilities"). */
const ASSET_WINDOW = 6;

const word = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);
const plain = (u: Unit | undefined): boolean =>
  u?.kind === 'tok' && u.token.kind === 'word' && u.token.text === u.token.lower;

/** "Y's (total) loans": the debt noun after the owner's possessive. */
function debtAfter(units: readonly Unit[], at: number): boolean {
  if (!POSSESSIVE.test(word(units[at + 1]) ?? '')) return false;
  for (let k = at + 2; k < units.length && k - at - 2 <= MAX_WORDS; k++) {
    const w = word(units[k]) ?? '';
    if (DEBT_NOUNS.test(w)) return true;
    // "Y's assets and liabilities": the business changes hands
    if (!plain(units[k]) || ASSET_NOUNS.test(w)) return false;
  }
  return false;
}

/**
 * The "of" that brings in the owner at `at`: right before it, or before a short description of it ("of its local
 * unit Y", "de sa filiale Y"). -1 when none.
 */
function ownerOfBefore(units: readonly Unit[], name: number): number {
  // wire copy brackets an unlisted name: "of its local unit <Y>"
  const at = word(units[name - 1]) === WIRE_NAME_OPENER ? name - 1 : name;
  if (OF.test(word(units[at - 1]) ?? '')) return at - 1;
  for (let k = at - 1; k >= 0 && at - 1 - k <= MAX_OWNER_WORDS; k--) {
    if (OWNER_DETERMINERS.test(word(units[k]) ?? '')) return OF.test(word(units[k - 1]) ?? '') ? k - 1 : -1;
    if (!plain(units[k])) return -1;
  }
  return -1;
}

/** An asset noun shortly before the debt noun at `debt`, in the same run of words. */
function assetsAlong(units: readonly Unit[], debt: number): boolean {
  for (let k = debt - 1; k >= 0 && debt - 1 - k < ASSET_WINDOW; k--) {
    const w = word(units[k]);
    if (w === null) return false;
    if (ASSET_NOUNS.test(w)) return true;
  }
  return false;
}

/** "the (bank) debt of Y", "la dette de Y", "liabilities of its unit Y": the debt noun before the owner's "of". */
function debtBefore(units: readonly Unit[], at: number): boolean {
  const of = ownerOfBefore(units, at);
  if (of < 0) return false;
  for (let k = of - 1; k >= 0 && of - 1 - k <= MAX_WORDS; k--) {
    if (DEBT_NOUNS.test(word(units[k]) ?? '')) return !assetsAlong(units, k);
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
