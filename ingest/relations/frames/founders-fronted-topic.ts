import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { agentsAt, triggerAt } from './founders-clause';
import { misreadPointerAfter, opensOnUnnamedSubject, opensSentence } from './founders-fronted';
import { agentMarkerAfter } from './founders-founded';
import { FOUND_PARTICIPLE } from './founders-words';

/**
 * "Co-founded in 2021 by A, a former engineer at X, and B, the Lagos-based company processes…": a fronted phrase
 * of founding whose main clause opens on a pointer ("the company", "la jeune pousse"). When that pointer was taken
 * for a company the fronted phrase itself names (a founder's former employer), the company founded is the one the
 * article is about, which the pointer stands for; the reading names the founders and leaves the company to the topic.
 */

export function readFrontedFoundersTopic(units: Unit[]): Captures[] {
  for (const t of [0, 1]) {
    const w = triggerAt(units, t);
    if (w === null || !FOUND_PARTICIPLE.test(w) || !opensSentence(units, t)) continue;
    const by = agentMarkerAfter(units, t);
    if (by < 0) continue;
    const people = agentsAt(units, by, t);
    if (!people) continue;
    const misread = misreadPointerAfter(units, people.last + 1) >= 0;
    if (!misread && !opensOnUnnamedSubject(units, people.last + 1)) continue;
    return [{ p: people.ids, '#p': [people.first], [MATCH_START]: [t] }];
  }
  return [];
}

export const FRONTED_TOPIC_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.fronted-topic',
    type: 'FOUNDED',
    read: readFrontedFoundersTopic,
    neededWordPattern: /^(co-?)?(fond|cré|lanc|found|establish|start|launch|form|set)/u,
    source: 'p',
    target: 'org',
    topicTarget: true,
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
