import type { RelationType } from '../types';
import type { DiscourseState } from './discourse-state';
import { subjectOrgBefore } from './discourse';
import { subjectOwnsInvestingArm } from './frames/funded-arm-owner';
import { roundTopic } from './frames/funded-fr-round-company';
import type { Captures, Unit } from './pattern';
import { capturedAt, MATCH_START } from './pattern';
import type { Rule } from './rule';

/** What a rule whose target is left to the discourse (`topicTarget`) needs to find that target. */
export interface FundedTargetInput {
  /** The fact's type once a minority purchase is read as FUNDED. */
  type: RelationType;
  rule: Rule;
  caps: Captures;
  units: Unit[];
  /** The investors (or other sources) the reading captured: never their own target. */
  sources: readonly number[];
  state: DiscourseState;
  /** The company a named-target FUNDED reading of this sentence already funded, or null. */
  fundedHere: number | null;
  /** The article's topic as it stood before this sentence. */
  topic: number | null;
}

/**
 * The company a reading with no named target funds (or, for other types, is about). The nearest telling wins,
 * because a funding sentence names its company at most once and pointers reach back only when it does not:
 * 1. the company this very sentence already funded ("…led by CDPQ, with participation from Inovia");
 * 2. the company a dative clitic stands for ("Bpifrance lui a apporté …", anaphora-dative-clitic.ts);
 * 3. the clause's subject before the funding phrase ("X a obtenu un prêt de Y"), unless the phrase opens on the
 *    investors ("Existing investors A and B took part") or the subject owns the investing arm;
 * 4. the round's company for round rules (frames/funded-fr-round-company.ts), else the article's topic.
 */
export function fundedTarget(input: FundedTargetInput): number | null {
  const { type, rule, caps, units, sources, state, fundedHere, topic } = input;
  const start = caps[MATCH_START][0];
  const investorsFirst = rule.source !== undefined && capturedAt(caps, rule.source) <= start;
  // a reading whose own clause has a pointer subject ("a loan the company received from A") is not told of the
  // sentence's subject ("The DOE awarded a grant to Y, on top of a loan the company received from A")
  const ownSubject = rule.pointedOnly !== undefined && caps[rule.pointedOnly] !== undefined;
  const subject =
    type === 'FUNDED' &&
    rule.topicTarget &&
    !investorsFirst &&
    !ownSubject &&
    !subjectOwnsInvestingArm(units, start)
      ? subjectOrgBefore(units, start)
      : null;
  const dative =
    type === 'FUNDED' && rule.topicTarget && state.dativeOrg !== null && !sources.includes(state.dativeOrg)
      ? state.dativeOrg
      : null;
  return (
    (type === 'FUNDED' ? fundedHere : null) ??
    dative ??
    (subject !== null && !sources.includes(subject) ? subject : (roundTopic(rule, state, sources) ?? topic))
  );
}
