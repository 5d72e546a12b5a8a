import type { Unit } from './pattern';

/**
 * A verb governed by "sans" / "without" between a deal's parties: "Hydrelis a racheté l'usine de Belfort de C,
 * sans reprendre la société", "bought the plant without acquiring the company", "sans avoir racheté Y". The
 * preposition denies the verb it governs, so the match it carries is no deal. A comma after that verb closes an
 * aside ("X, sans attendre, a racheté Y") whose denial is not the deal's.
 */

const WITHOUT_FR = /^sans$/u;
const WITHOUT_EN = /^without$/u;
/** French infinitives (and "avoir/être" of a past infinitive). */
const INFINITIVE_FR = /^\p{Ll}{2,}(?:er|ir|re|oir)$/u;
const GERUND_EN = /^\p{Ll}{2,}ing$/u;
/** Words that may stand between the preposition and its verb: "sans pour autant reprendre", "sans la racheter". */
const BETWEEN_FR = /^(pour|autant|en|le|la|les|l'|l’|y|jamais|même|toutefois|cependant)$/u;
const BETWEEN_EN = /^(even|ever|actually|also)$/u;
/** Most such words. */
const MAX_BETWEEN = 2;

function word(u: Unit | undefined): string {
  return u?.kind === 'tok' ? u.token.lower : '';
}

/** The unit of the verb governed by the "sans"/"without" at `k`, or -1. */
function governedVerb(units: Unit[], k: number): number {
  const fr = WITHOUT_FR.test(word(units[k]));
  const verb = fr ? INFINITIVE_FR : GERUND_EN;
  const filler = fr ? BETWEEN_FR : BETWEEN_EN;
  for (let j = k + 1; j <= k + 1 + MAX_BETWEEN && j < units.length; j++) {
    const w = word(units[j]);
    if (verb.test(w)) return j;
    if (!filler.test(w)) return -1;
  }
  return -1;
}

/** Between units `lo` and `hi` (both exclusive) a verb governed by "sans"/"without" is not closed off by a comma. */
export function withoutVerbBetween(units: Unit[], lo: number, hi: number): boolean {
  for (let k = lo + 1; k < hi; k++) {
    const w = word(units[k]);
    if (!WITHOUT_FR.test(w) && !WITHOUT_EN.test(w)) continue;
    const v = governedVerb(units, k);
    if (v < 0 || v >= hi) continue;
    let aside = false;
    for (let j = v + 1; j < hi; j++) if (units[j].kind === 'tok' && word(units[j]) === ',') aside = true;
    if (!aside) return true;
  }
  return false;
}
