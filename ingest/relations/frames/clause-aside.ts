import type { Unit } from '../pattern';

/**
 * A parenthesis closed right before a clause's first word is an aside on the name before it ("le groupe Merlaud
 * (560 salariés, 95 M€ de chiffre d'affaires) s'est adossé à …", "Halden Brewery (120 staff) sold …"): the
 * clause goes on past it, so the subject is looked for before the opening bracket.
 */

/** Longest aside read, in units: a few figures or a short description, not a quoted passage. */
export const MAX_ASIDE_UNITS = 24;

function punctuationAt(units: readonly Unit[], k: number, text: string): boolean {
  const u = units[k];
  return u?.kind === 'tok' && u.token.text === text;
}

/**
 * The index of the "(" whose ")" stands just before `start`, when the aside holds no other bracket and the unit
 * before "(" is a name, or -1.
 */
export function asideOpenBefore(units: readonly Unit[], start: number): number {
  if (!punctuationAt(units, start - 1, ')')) return -1;
  for (let k = start - 2; k >= 0 && start - k <= MAX_ASIDE_UNITS; k--) {
    if (punctuationAt(units, k, ')')) return -1;
    if (punctuationAt(units, k, '(')) return units[k - 1]?.kind === 'ent' ? k : -1;
  }
  return -1;
}
