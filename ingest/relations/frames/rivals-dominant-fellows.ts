import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "X affronte A et B, qui dominent le marché", "X competes with A and B, which together process half of all card
 * payments", "… A et B, qui se partagent l'essentiel des appels d'offres": a subject's rivals followed by a plural
 * relative clause of market dominance are told together as the market's leading players, so rivals of one another
 * too. Only plural verb forms: "A et B, qui domine" says it of B alone.
 */

const RELATIVE = /^(qui|which|who|that)$/u;
/** Words between the relative pronoun and its verb ("which together", "qui à eux deux", "which have long"). */
const FILLER =
  /^(together|jointly|between|them|already|still|now|long|have|had|ont|avaient|ensemble|à|eux|elles|deux|trois|déjà|toujours|encore|désormais|largement|se|s'|à_eux)$/u;
/** Plural verbs of holding a market between them. */
const DOMINANT_VERB =
  /^(dominent|dominaient|domineront|dominate|dominated|partagent|partageaient|partageront|share|shared|contrôlent|contrôlaient|control|controlled|détiennent|détenaient|hold|held|remporté|remportent|won|win|pèsent|pesaient|account|accounted|captent|captured|capture|process|processed|trustent|accaparent|raflent|rafler|raflé|monopolisent|monopolise|mènent|lead|led|règnent|rule|command)$/u;
/** Most filler words between the relative pronoun and the verb. */
const FILLER_WORDS = 3;

/** The list of rivals (unit indices) is closed by a plural relative clause of market dominance. */
export function dominantList(units: Unit[], rivals: number[]): boolean {
  if (rivals.length < 2) return false;
  const last = Math.max(...rivals);
  if (wordAt(units, last + 1) !== ',' || !RELATIVE.test(wordAt(units, last + 2) ?? '')) return false;
  for (let k = last + 3; k < units.length && k <= last + 3 + FILLER_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return false;
    if (DOMINANT_VERB.test(w)) return true;
    if (!FILLER.test(w)) return false;
  }
  return false;
}
