import type { Unit } from './pattern';

/**
 * "Ausha, Acast's main French rival, bought Y", "Comptaflow, Ledgerline's closest competitor, merged with Z": a
 * name owning the head noun of an apposition only describes the name before the comma, so the owner is no party of
 * the verb after the apposition. Asked by the deal reader (`deal-apposed-possessor.ts`) and by `syntax.ts`
 * (`isModifier`); kept apart from both because it needs nothing but the units (no import cycle through `pattern`).
 */

/** Most units of the owned head noun group ("main French rival", "long-time parent company": hyphens count). */
const MAX_OWNED_WORDS = 7;
const POSSESSIVE_MARK = /^('s|’s|'|’)$/u;
/** Punctuation that ends the sentence or opens another aside before the apposition closes. */
const NOT_AN_APPOSITION = /^[.;:!?()«»"“”]$/u;

function isTok(u: Unit | undefined, re: RegExp): boolean {
  return u?.kind === 'tok' && re.test(u.token.lower);
}

/** The organisation at unit `i` owns the head of an apposition closed by a comma: "X, i's rival, …". */
export function possessorInApposition(units: Unit[], i: number): boolean {
  if (!isTok(units[i + 1], POSSESSIVE_MARK) || !isTok(units[i - 1], /^,$/u)) return false;
  const head = units[i - 2];
  if (head?.kind !== 'ent' || !head.orgs) return false;
  for (let j = i + 2; j < units.length && j - i - 1 <= MAX_OWNED_WORDS; j++) {
    const u = units[j];
    if (u.kind === 'ent' || NOT_AN_APPOSITION.test(u.token.lower)) return false;
    if (u.token.lower === ',') return j > i + 2;
  }
  return false;
}
