import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * What may stand between a descriptor subject and its rivalry verb, for the clause readers of rivals.ts: an aside
 * about the subject ("The company, founded in 2016 by P and Q, competes with A") and modifiers between the
 * descriptor's determiner and noun ("the New Jersey-based company", "la jeune pousse").
 */

/** Words that end the clause an aside may stand in. */
const ASIDE_STOP_WORDS = /^([.;:!?«»"“”()]|qui|which|who|que|that|dont|où|where)$/u;

/** Participles opening an aside about the subject ("X, founded in 2016 by P and Q, competes …"). */
const ASIDE_PARTICIPLE =
  /^(founded|created|launched|based|headquartered|led|run|backed|owned|chaired|fondé|fondée|créé|créée|lancé|lancée|basé|basée|implanté|implantée|installé|installée|dirigé|dirigée|présidé|présidée|soutenu|soutenue|détenu|détenue)$/u;
/** Most units of such an aside (a date, a founder's name or two). */
const ASIDE_UNITS = 14;

/** The trigger's position with the aside right before it stepped over ("the company, founded by P, competes"). */
export function skipAside(units: Unit[], trigger: number): number {
  if (wordAt(units, trigger - 1) !== ',') return trigger;
  for (let k = trigger - 2; k >= 1 && k >= trigger - ASIDE_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === ',') return ASIDE_PARTICIPLE.test(wordAt(units, k + 1) ?? '') ? k : trigger;
    if (w !== null && ASIDE_STOP_WORDS.test(w)) return trigger;
  }
  return trigger;
}

/** Most words between a descriptor's determiner and its noun ("the New Jersey-based company", "la jeune pousse"). */
const DESCRIPTOR_MODIFIER_UNITS = 3;
/** Modifiers a descriptor may carry: a place compound ("Paris-based"), "jeune", a capitalised place word. */
function descriptorModifier(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u?.kind !== 'tok' || u.token.kind !== 'word') return false;
  return (
    /-(based|listed|born|headquartered)$/u.test(u.token.lower) ||
    u.token.lower === 'jeune' ||
    u.token.text !== u.token.lower
  );
}

/** The unit of the determiner before the descriptor noun at `k`, past its modifiers. */
export function determinerBefore(units: Unit[], k: number): number {
  let det = k - 1;
  while (det > 0 && k - det <= DESCRIPTOR_MODIFIER_UNITS && descriptorModifier(units, det)) det--;
  return det;
}
