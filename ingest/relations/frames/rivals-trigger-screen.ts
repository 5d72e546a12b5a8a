import type { Unit } from '../pattern';
import type { RivalTrigger } from './rivals-triggers';

/**
 * Where in a sentence rivalry triggers may fire, found with one regex test per unit instead of a dozen trigger tests
 * per unit: most sentences hold no trigger word at all. Each trigger's `head` matches every word it can fire on, so
 * skipping the other units and triggers changes no result.
 */

/** A unit where some triggers may fire, with those triggers in their declared order. */
export interface TriggerSite {
  unit: number;
  triggers: readonly RivalTrigger[];
}

/** The word a trigger reads at a unit: a token's, or a lone capitalised word held as a possible name ("Derrière"). */
function unitWord(u: Unit): string | null {
  if (u.kind === 'tok') return u.token.lower;
  return u.word?.lower ?? null;
}

/** Distinct head words remembered per screen before it starts afresh (words; bounds a long-running server). */
const MAX_REMEMBERED_HEAD_WORDS = 10_000;

/** One regex matching every word some trigger's head matches. */
export function anyHead(triggers: readonly RivalTrigger[]): RegExp {
  return new RegExp(triggers.map((t) => `(?:${t.head.source})`).join('|'), 'u');
}

/** A screen over `triggers`: per sentence, the units (in order) whose word some trigger's head matches. */
export function triggerSites(triggers: readonly RivalTrigger[]): (units: Unit[]) => TriggerSite[] {
  const any = anyHead(triggers);
  // a word seen again (articles repeat their verbs) keeps the triggers found for it
  const byWord = new Map<string, readonly RivalTrigger[]>();
  return (units) => {
    const sites: TriggerSite[] = [];
    for (let i = 0; i < units.length; i++) {
      const w = unitWord(units[i]);
      if (w === null) continue;
      // the word's answer is remembered whether or not `any` passes it: the big regex runs once per word
      let found = byWord.get(w);
      if (found === undefined) {
        if (byWord.size >= MAX_REMEMBERED_HEAD_WORDS) byWord.clear();
        found = any.test(w) ? triggers.filter((t) => t.head.test(w)) : [];
        byWord.set(w, found);
      }
      if (found.length > 0) sites.push({ unit: i, triggers: found });
    }
    return sites;
  };
}
