import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { negated } from './rivals-press-triggers';

/**
 * Holding out against rivals, and rivalry told in a modal: "résister aux grandes chaînes comme A et B", "tenir
 * tête à A", "keep pace with A", "hold its own against A", "stand up to A", "would vie with A". The bare English
 * "vie" is read only after a modal or "to": alone it is the French word for life. Resisting a takeover offer is
 * no rivalry, so a deal word before the rival reads nothing. The subject is found by the clause reader.
 */

/** "résister", "résiste", "résisté"… ; the English "resist" is left out ("resist pressure from investors"). */
const RESIST =
  /^(résist(e|ent|er|é|ait|aient|era|eront|ant|ons)|tenir|tient|tiennent|tenu|tiendra|tiendrait)$/u;
/** "tenir tête à": the noun after the verb. */
const HEAD_NOUN = /^(tête)$/u;
/** Words of a deal or of outside pressure: "résister à l'offre de A" resists a bidder, no rival. */
const NOT_RIVAL =
  /^(offre|offres|opa|offensive|raid|rachat|pression|pressions|tentation|crise|inflation|choc|tempête|demande|commandes|bid|takeover|pressure|demand|orders|growth|costs|prices|change|changes|technology|regulation|rules|from)$/u;
/** Most plain words between the particle and the rival ("aux grandes chaînes hôtelières comme A"). */
const RESIST_WINDOW = 5;
/** Modals and "to" before a bare "vie". */
const MODAL = /^(would|will|could|can|may|might|must|should|shall|to|'ll|'d|cannot)$/u;
/** "keep", "hold", "stand": verbs of the English idioms, read with their particles. */
const KEEP = /^(keep|keeps|kept|keeping)$/u;
const HOLD = /^(hold|holds|held|holding)$/u;
const STAND = /^(stand|stands|stood|standing)$/u;
/** Particles that may follow "vie" before the rival ("vie with", "vie against", "vie for banks with"). */
const VIE_PARTICLE = /^(with|against)$/u;
/** Plain words between "vie" and "with" ("would vie for tier-one banks with A"). */
const VIE_WINDOW = 5;

/** No deal or pressure word in the few units after `from` before a name. */
function freeOfDeal(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + RESIST_WINDOW; k++) {
    if (units[k].kind === 'ent') return true;
    if (NOT_RIVAL.test(wordAt(units, k) ?? '')) return false;
  }
  return true;
}

/** "résister à/aux A", "tenir tête à A": the unit after "à", or -1. */
function resistAt(units: Unit[], i: number): number {
  const w = wordAt(units, i) ?? '';
  if (!RESIST.test(w) || negated(units, i)) return -1;
  let k = i + 1;
  if (/^(tenir|tient|tiennent|tenu|tiendra|tiendrait)$/u.test(w)) {
    if (!HEAD_NOUN.test(wordAt(units, k) ?? '')) return -1;
    k++;
  } else if (/^(mieux|encore|longtemps|seul|seule|seuls)$/u.test(wordAt(units, k) ?? '')) k++;
  if (!/^(à|au|aux)$/u.test(wordAt(units, k) ?? '')) return -1;
  return freeOfDeal(units, k + 1) ? k + 1 : -1;
}

/** "keep pace with A", "keep up with A", "hold its own against A", "stand up to A": the unit after the particle. */
function idiomAt(units: Unit[], i: number): number {
  const w = wordAt(units, i) ?? '';
  if (negated(units, i)) return -1;
  const a = wordAt(units, i + 1) ?? '';
  const b = wordAt(units, i + 2) ?? '';
  const c = wordAt(units, i + 3) ?? '';
  let k = -1;
  if (KEEP.test(w) && a === 'pace' && b === 'with') k = i + 3;
  else if (KEEP.test(w) && a === 'up' && b === 'with') k = i + 3;
  else if (HOLD.test(w) && /^(its|their|our|his|her)$/u.test(a) && b === 'own' && /^(against|with)$/u.test(c))
    k = i + 4;
  else if (STAND.test(w) && a === 'up' && b === 'to') k = i + 3;
  return k >= 0 && freeOfDeal(units, k) ? k : -1;
}

/** "would vie with A", "to vie for banks with A": the unit after "with/against", or -1. */
function modalVieAt(units: Unit[], i: number): number {
  if (wordAt(units, i) !== 'vie' || !MODAL.test(wordAt(units, i - 1) ?? '') || negated(units, i)) return -1;
  for (let k = i + 1; k < units.length && k <= i + 1 + VIE_WINDOW; k++) {
    const w = wordAt(units, k);
    if (w === null || w === ',') return -1;
    if (VIE_PARTICLE.test(w)) return k + 1;
  }
  return -1;
}

export const RESIST_TRIGGERS: RivalTrigger[] = [
  { name: 'resist', head: RESIST, lead: RESIST_WINDOW, at: resistAt },
  {
    name: 'keep-pace',
    head: /^(keep|keeps|kept|keeping|hold|holds|held|holding|stand|stands|stood|standing)$/u,
    lead: 2,
    at: idiomAt,
  },
  { name: 'modal-vie', head: /^vie$/u, lead: 2, at: modalVieAt },
];
