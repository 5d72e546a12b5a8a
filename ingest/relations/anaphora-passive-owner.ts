import type { Unit } from './pattern';

/**
 * "X avait été racheté par Y en 2016 auprès de son fondateur", "X was bought by Y in 2016 from its founders": after a
 * passive deal with its agent, the possessive is the company the clause is about (X, sold by its founder), not the
 * agent named just before it, which is where the nearest-company reading of "son"/"its" goes wrong.
 */

/** Past participles of a change of owner, in either language. */
const DEAL_PARTICIPLE =
  /^(rachet[ée]e?s?|acquise?s?|reprise?s?|absorb[ée]e?s?|c[ée]d[ée]e?s?|vendue?s?|bought|acquired|purchased|sold|absorbed)$/;
const AGENT_WORDS = new Set(['par', 'by']);
/** Most tokens between the participle and its agent ("racheté en 2016 par", "bought in 2016 by"). */
const MAX_BEFORE_AGENT = 4;

/** Most units between the agent word and the agent's name ("by Norwegian defence group Y", "par le groupe Y"). */
const MAX_AGENT_DESCRIPTOR_UNITS = 4;

/**
 * The index of the company the passive deal of this clause is told of, when the units read so far hold "X …
 * <participle> … par/by Y": X's (the first named company before the participle), else -1.
 */
export function passiveDealSubjectIndex(units: Unit[]): number {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind !== 'tok' || !DEAL_PARTICIPLE.test(u.token.lower)) continue;
    const agentAt = units
      .slice(k + 1, k + 2 + MAX_BEFORE_AGENT)
      .findIndex((x) => x.kind === 'tok' && AGENT_WORDS.has(x.token.lower));
    if (agentAt < 0) return -1;
    const from = k + 2 + agentAt;
    const words = units.slice(from, from + MAX_AGENT_DESCRIPTOR_UNITS + 1);
    const agent = words.find((x) => x.kind === 'ent');
    // only plain words (the agent's descriptor) may stand between "by" and the agent
    if (agent?.kind !== 'ent' || !agent.orgs) return -1;
    if (
      words.slice(0, words.indexOf(agent)).some((x) => x.kind === 'tok' && !/^[\p{L}-]+$/u.test(x.token.text))
    )
      return -1;
    return units.slice(0, k).findIndex((x) => x.kind === 'ent' && x.orgs && x.ents.length === 1);
  }
  return -1;
}

/** The company itself (see passiveDealSubjectIndex), else null. */
export function passiveDealSubject(units: Unit[]): number | null {
  const u = units[passiveDealSubjectIndex(units)];
  return u?.kind === 'ent' ? u.ents[0] : null;
}
