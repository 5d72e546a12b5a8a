import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import { coordinated } from './clause';
import { wordAt } from './rivals-clause';

/**
 * Who contests the rivals a fronted trigger names ("Face à A et B, X mise …", "Face à A, elle …"), and whether a
 * trigger's clause is a lawsuit rather than a market: the clause checks of `rivals.ts`'s contests.
 */

/** Relative pronouns opening a clause about the fronted rivals ("Face à A, qui domine le marché, X …"). */
const RIVALS_RELATIVE = /^(qui|which|who)$/u;

/** Units after a fronted "Face à A, …" in which its subject must appear. */
const FRONTED_SUBJECT_UNITS = 3;

/**
 * First words of an apposition that sums up the fronted rivals ("Face à A et à B, les deux leaders du marché, X …",
 * "…, ses deux principaux concurrents, la PME …"): a determiner, possessive or count, never a name.
 */
const RIVALS_APPOSITION_START = /^(les|ses|leurs|deux|trois|quatre|tous|the|its|their|both|two|three|four)$/u;
/** Most units such an apposition holds before its closing comma. */
const MAX_RIVALS_APPOSITION_UNITS = 6;

/** The comma closing an apposition about the rivals that opens after the comma `k`, else -1. */
function rivalsAppositionEnd(units: Unit[], k: number): number {
  if (!RIVALS_APPOSITION_START.test(wordAt(units, k + 1) ?? '')) return -1;
  for (let j = k + 1; j < units.length && j <= k + 1 + MAX_RIVALS_APPOSITION_UNITS; j++) {
    // a name inside is a new party (the subject itself, "les deux sociétés" read as a pair), no summary
    if (units[j].kind === 'ent') return -1;
    if (wordAt(units, j) === ',') return j;
  }
  return -1;
}

/** The comma after unit `from` in its clause, or -1 when a strong stop comes first. */
function commaAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'tok' && /^[;:.]$/u.test(u.token.text)) return -1;
    if (wordAt(units, k) === ',') return k;
  }
  return -1;
}

/**
 * "Face à A et B, X mise …": the subject is the first name after the comma closing the list, past a relative
 * clause about the rivals ("Face à A et à B, qui dominent le marché, C et D jugeaient …") or an apposition summing
 * them up ("…, les deux leaders du marché, X …"), with its coordinated names.
 */
export function subjectAfterFronted(units: Unit[], rivals: number[]): number[] | null {
  let k = commaAfter(units, rivals[rivals.length - 1] + 1);
  if (k >= 0 && RIVALS_RELATIVE.test(wordAt(units, k + 1) ?? '')) k = commaAfter(units, k + 2);
  else if (k >= 0 && rivalsAppositionEnd(units, k) >= 0) k = rivalsAppositionEnd(units, k);
  if (k < 0) return null;
  for (let j = k + 1; j < units.length && j <= k + FRONTED_SUBJECT_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'ent') return u.orgs && !isOblique(units, j) ? coordinated(units, j) : null;
  }
  return null;
}

/** Subject pronouns that may stand for the article's company after a fronted "Face à A, elle mise …". */
const COMPANY_PRONOUN_SUBJECT = /^(il|elle|ils|elles|it|they)$/u;

/** Verbs (or their first word) that "il" opens impersonally: "il faut", "il fallait", "il s'agit", "il y a". */
const IMPERSONAL =
  /^(faut|fallait|faudra|faudrait|fallu|s'agit|s'agissait|agit|y|semble|semblait|convient|suffit|vaut|reste)$/u;

/** "Face à A et B, elle mise …": the first word after the comma closing the list is a subject pronoun. */
export function pronounAfterFronted(units: Unit[], rivals: number[]): boolean {
  let k = rivals[rivals.length - 1] + 1;
  while (k < units.length && wordAt(units, k) !== ',') {
    if (units[k].kind !== 'tok') return false;
    k++;
  }
  // "Face à ces acteurs, il fallait changer d'échelle": an impersonal verb has no company for subject
  return (
    COMPANY_PRONOUN_SUBJECT.test(wordAt(units, k + 1) ?? '') && !IMPERSONAL.test(wordAt(units, k + 2) ?? '')
  );
}

/** Words of a lawsuit: "X affronte Y en justice" is no market rivalry. */
const COURT =
  /^(justice|tribunal|tribunaux|court|courts|procès|lawsuit|lawsuits|litige|litiges|plainte|plaintes|arbitrage|arbitration|prud'hommes|judiciaire|legal|poursuites|patent|patents|brevet|brevets)$/u;

/** A lawsuit word in the trigger's sentence after it, before the clause closes. */
export function inCourt(units: Unit[], trigger: number): boolean {
  for (let k = trigger + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'tok') continue;
    if (/^[;:.!?]$/u.test(u.token.text)) return false;
    if (COURT.test(u.token.lower)) return true;
  }
  return false;
}
