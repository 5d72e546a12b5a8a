import type { Captures, Unit } from '../pattern';
import { capturedAt, compile, matchAll, MATCH_START } from '../pattern';
import { FOUND_VERB } from '../people-words';
import type { ReaderRuleSpec } from '../rule';

/**
 * "Créée en 2022 par A et B, deux anciens ingénieurs de X, Y revendique…", "Founded in 2019 by A and B, who met
 * while working at X, the company sells…": the founders' apposition or relative clause may name their former
 * employer, and the pointer that opens the main clause ("the company", "la société") is then easily taken back to
 * that employer. A pointer resolved to a company named inside the fronted phrase is not that company: it is the
 * one the article is about.
 */

const FRONTED_APPOSED = compile(`${FOUND_VERB} ~3! (par|by) ~4 %%p , ~8 , @org`, true);

/** The company at the end of the match is a pointer whose company is named earlier in the same match. */
function pointsIntoFrontedPhrase(units: Unit[], caps: Captures): boolean {
  const at = capturedAt(caps, 'org');
  const u = units[at];
  if (u?.kind !== 'ent' || !u.anaphor) return false;
  const from = caps[MATCH_START]?.[0] ?? 0;
  return units
    .slice(from, at)
    .some((v) => v.kind === 'ent' && !v.anaphor && v.ents.some((e) => u.ents.includes(e)));
}

// both readers ask for the same matches of the same sentence: matched once per sentence
const matched = new WeakMap<Unit[], Captures[]>();
function frontedMatches(units: Unit[]): Captures[] {
  let found = matched.get(units);
  if (found === undefined) matched.set(units, (found = matchAll(FRONTED_APPOSED, units)));
  return found;
}

/** The fronted founding with its company named or pointed at correctly. */
export function readFrontedApposed(units: Unit[]): Captures[] {
  return frontedMatches(units).filter((c) => !pointsIntoFrontedPhrase(units, c));
}

/** The fronted founding whose pointer was taken back into the phrase: the founders', given to the topic. */
export function readFrontedApposedTopic(units: Unit[]): Captures[] {
  return frontedMatches(units)
    .filter((c) => pointsIntoFrontedPhrase(units, c))
    .map((c) => ({ p: c.p, '#p': c['#p'], [MATCH_START]: c[MATCH_START] }));
}

/** The words of FOUND_VERB, one of which every sentence these readers match holds. */
const FOUND_WORDS = FOUND_VERB.slice(1, -1).split('|');

export const FRONTED_APPOSED_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'any.founded.fronted-apposed',
    type: 'FOUNDED',
    read: readFrontedApposed,
    neededWords: FOUND_WORDS,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.founded.fronted-apposed-topic',
    type: 'FOUNDED',
    read: readFrontedApposedTopic,
    neededWords: FOUND_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: 0.7,
  },
];
