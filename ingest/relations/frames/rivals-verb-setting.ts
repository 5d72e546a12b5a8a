import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "X competes in the Nordic industrial heat-pump market with A", "X rivalise sur le marché des pompes à chaleur avec
 * A", "X competes on price across Europe against A": a verb of competing may set its market before it names its
 * rival, in a phrase longer than the few adverbs the verb trigger steps over. The phrase must open with a word of
 * place or field and name no company; only "with/against/avec/contre" close it ("à" also opens places: "à Lyon").
 */

/** Words opening the market or place a verb of competing is set in. */
const SETTING = /^(in|on|across|throughout|for|sur|dans|en|partout|pour)$/u;
/** Particles naming the rival after such a phrase. */
const RIVAL_PARTICLE = /^(with|against|avec|contre)$/u;
/** Words that end the clause or open another one: the rival must be the verb's. */
const CLAUSE_BREAK =
  /^([;:.,!?«»"“”()]|and|et|but|mais|which|who|that|qui|que|dont|où|where|while|tandis|alors|including|notamment)$/u;
/** Most units in the setting phrase ("in the Nordic industrial heat - pump market"). */
const SETTING_UNITS = 10;

/** "the Nordic industrial market": a name between a determiner and a plain word qualifies the market. */
function modifier(units: Unit[], k: number): boolean {
  const next = wordAt(units, k + 1) ?? '';
  return (
    /^(the|le|la|les|l')$/u.test(wordAt(units, k - 1) ?? '') &&
    /^\p{Ll}+/u.test(next) &&
    !RIVAL_PARTICLE.test(next)
  );
}

/** The unit after the rival particle closing a setting phrase that opens at `from`, or -1. */
export function particleAfterSetting(units: Unit[], from: number): number {
  if (!SETTING.test(wordAt(units, from) ?? '')) return -1;
  for (let k = from + 1; k < units.length && k <= from + SETTING_UNITS; k++) {
    const u = units[k];
    // a place may stand in the setting ("in Germany"); a company would be the rival or another party
    if (u.kind === 'ent') {
      if (u.orgs && !modifier(units, k)) return -1;
      continue;
    }
    const w = wordAt(units, k);
    if (w === null || CLAUSE_BREAK.test(w)) return -1;
    if (RIVAL_PARTICLE.test(w)) return k + 1;
  }
  return -1;
}
