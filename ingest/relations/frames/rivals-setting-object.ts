import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "A affronte sur le marché français l'allemand B", "A concurrence dans la distribution en ligne le groupe C", "A
 * trails in Europe the Swiss group B": a verb whose rival is its direct object may set its market first, in a phrase
 * longer than the few words the verb trigger lets stand before the rival. The phrase opens with a word of place or
 * field and ends where the object's own determiner starts after a noun, or at a company; it crosses no clause break.
 */

/** Words opening the market or place of a transitive verb of rivalry. */
const SETTING = /^(sur|dans|en|in|on|across|throughout|outre-manche|outre-rhin)$/u;
const DETERMINER = /^(le|la|les|l'|un|une|des|du|the|a|an)$/u;
/** Words that end the clause or open another one: what follows is no object of the verb. */
const CLAUSE_BREAK =
  /^([;:.,!?«»"“”()]|and|et|but|mais|which|who|that|qui|que|dont|où|where|while|tandis|alors|with|avec|against|contre|to|for|pour|par|by)$/u;
/** Most units in the setting phrase ("sur le marché français des batteries stationnaires"). */
const SETTING_UNITS = 8;

/** Where a direct object may start after a setting phrase opening at `from` ("sur le marché français | l'allemand B"), or -1. */
export function objectAfterSetting(units: Unit[], from: number): number {
  if (!SETTING.test(wordAt(units, from) ?? '')) return -1;
  let nounSeen = false;
  for (let k = from + 1; k < units.length && k <= from + SETTING_UNITS; k++) {
    const u = units[k];
    const prev = wordAt(units, k - 1) ?? '';
    if (u.kind === 'ent') {
      // a place stands in the setting ("en France"); a company after "de" only qualifies it ("le marché de B")
      if (u.orgs) return /^(de|d'|du|des|of)$/u.test(prev) ? -1 : k;
      nounSeen = true;
      continue;
    }
    const w = wordAt(units, k);
    if (w === null || CLAUSE_BREAK.test(w)) return -1;
    if (/^(de|d'|du|des|of)$/u.test(w) && nounSeen) {
      // "le marché des batteries": a complement of the setting's noun
      nounSeen = false;
      continue;
    }
    if (DETERMINER.test(w)) {
      // "sur le marché français l'allemand B": a determiner after a noun opens the object
      if (nounSeen) return k;
      continue;
    }
    nounSeen = /^\p{L}/u.test(w);
  }
  return -1;
}
