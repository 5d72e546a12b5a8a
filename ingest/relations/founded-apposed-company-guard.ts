import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';
import { isOrgAt, wordOrNullAt } from './frames/clause';
import { EN_APPOSITION, FR_APPOSITION, MAX_DESCRIPTION_WORDS } from './frames/founders-apposed-oblique';

/**
 * "Harland completed its purchase of Y, the brand founded in 1988 by P": the participle closes a description
 * apposed to Y, so P founded Y. A loose gap steps over an oblique name, and `any.founded.by` gave P the subject
 * Harland; a FOUNDED match is refused when a company between its company and its founder carries such an
 * apposition before the founder (frames/founders-apposed-oblique.ts reads Y).
 */

/** Unit `k` is a company followed by ", the … founded", its participle before unit `before`, in either language. */
function apposedFoundingAt(units: readonly Unit[], k: number, before: number): boolean {
  if (!isOrgAt(units as Unit[], k) || wordOrNullAt(units, k + 1) !== ',') return false;
  const article = wordOrNullAt(units, k + 2) ?? '';
  const lang = [EN_APPOSITION, FR_APPOSITION].find((l) => l.article.test(article));
  if (lang === undefined) return false;
  const last = Math.min(before - 1, k + 3 + MAX_DESCRIPTION_WORDS);
  for (let j = k + 3; j <= last; j++) {
    const w = wordOrNullAt(units, j);
    if (w === null || w === ',') return false;
    if (lang.participle.test(w)) return true;
  }
  return false;
}

/** A FOUNDED match whose founder follows another company's apposition closed by a participle of founding. */
export function founderOfApposedCompany(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (rule.type !== 'FOUNDED' || !rule.source || !rule.target) return false;
  const org = capturedAt(caps, rule.target);
  const person = capturedAt(caps, rule.source);
  if (org < 0 || person <= org) return false;
  for (let k = org + 1; k < person; k++) if (apposedFoundingAt(units, k, person)) return true;
  return false;
}
