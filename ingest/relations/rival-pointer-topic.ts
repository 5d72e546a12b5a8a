import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import type { DiscourseState } from './discourse-state';

/**
 * A rivalry told of a pointer ("Le groupe dispute les contrats à A et B", "la PME affronte A", "Son principal
 * concurrent, A, …") after a sentence that named the company's shareholder, client, investor or a fund: salience
 * resolves the pointer to that side party, which the story never sets against rivals. The rivalry belongs to the
 * article's own company (anaphora-topic.ts `topicOrg`) then. A pointer naming a fund itself ("le fonds", "the
 * fund") keeps its reading: a fund may be told as a rival bidder.
 */

/** Pointer words that name an investment firm outright. */
const FUND_POINTER = /\b(fonds|fund|funds|investisseur|investor)\b/iu;

/**
 * The captures with a pointed party that stands for a side party (rival-side-parties.ts) or an investment firm
 * replaced by the article's own company. `s`: the sentence's index (side roles told in it do not count);
 * `sentenceStart`/`sentenceText` read the pointer's words.
 */
export function pointedRivalTopic(
  rule: Rule,
  caps: Captures,
  units: Unit[],
  state: DiscourseState,
  s: number,
  sentenceStart: number,
  sentenceText: string,
): Captures {
  const topic = state.topicOrg;
  if (rule.type !== 'COMPETES_WITH' || topic === null) return caps;
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  if (roles.some((r) => (caps[r] ?? []).includes(topic))) return caps;
  let out: Captures | null = null;
  for (const r of roles) {
    const u = units[caps[`#${r}`]?.[0] ?? -1];
    if (u?.kind !== 'ent' || !u.anaphor || u.ents.length !== 1 || (caps[r] ?? []).length !== 1) continue;
    const e = u.ents[0];
    const side = (state.sideParties.get(e) ?? s) < s || state.funds.has(e);
    if (!side || FUND_POINTER.test(sentenceText.slice(u.start - sentenceStart, u.end - sentenceStart)))
      continue;
    out ??= { ...caps };
    out[r] = [topic];
  }
  return out ?? caps;
}
