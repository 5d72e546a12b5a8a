import type { Unit } from './pattern';
import { isOblique } from './syntax';
import { topicAt } from './anaphora-topic-deal';

/**
 * "Pour Calcéa, qui appartient au groupe CRH, il s'agit de la troisième acquisition. Son patron, P, …", "For
 * Ribbit, the deal is its third bet. Its partner, P, …": a sentence opened on a company as its topic is about that
 * company, so the next sentence's "Son", "Il", "Its" point at it, though the name stands after a preposition.
 * Not when another company may be the clause's subject ("Pour Jefferies, Y reste le leader"): names in the
 * topic's own aside ("qui appartient au groupe X,", "dirigé par P,") and after a preposition do not count.
 */

/** Words opening an aside right after the topic's comma, which ends at the next comma. */
const ASIDE_OPENERS = new Set([
  'qui',
  'dont',
  'which',
  'who',
  'whose',
  'dirigé',
  'dirigée',
  'détenu',
  'détenue',
  'contrôlé',
  'contrôlée',
  'fondé',
  'fondée',
  'créé',
  'créée',
  'filiale',
  'led',
  'owned',
  'founded',
  'run',
  'backed',
  'soutenu',
  'soutenue',
  'unit',
]);

function isComma(u: Unit): boolean {
  return u.kind === 'tok' && u.token.text === ',';
}

/** Index of the topic company the sentence is about, or -1. */
export function topicSubjectAt(units: Unit[]): number {
  const t = topicAt(units);
  if (t < 0) return -1;
  let k = t + 2;
  const opener = units[k];
  if (opener?.kind === 'tok' && ASIDE_OPENERS.has(opener.token.lower)) {
    while (k < units.length && !isComma(units[k])) k++;
  }
  for (; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !u.anaphor && !isOblique(units, k)) return -1;
  }
  return t;
}
