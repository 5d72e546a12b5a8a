import type { RelationType } from '../types';
import type { DiscourseState } from './discourse-state';
import { subjectOrgBefore } from './discourse';
import { subjectOwnsInvestingArm } from './frames/funded-arm-owner';
import { subjectTakesShare } from './frames/funded-share-taker-subject';
import { restToldBefore } from './frames/funded-rest-clause';
import { roundTopic } from './frames/funded-fr-round-company';
import type { Captures, Unit } from './pattern';
import { capturedAt, MATCH_START } from './pattern';
import type { Rule } from './rule';
import { tellsDealFinancing } from './anaphora-deal-financing';
import { backerAfterIntoRelative } from './backer-into-relative';
import { describedAgent } from './frames/funded-described-agent';

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
 *    investors ("Existing investors A and B took part"), the subject owns the investing arm or, for the takers of
 *    the rest (`subjectTookShare`, or any rule whose phrase follows "le reste / the balance", frames/funded-rest-clause.ts),
 *    took a share of the same money itself ("A took £8m, with the remainder going to B",
 *    frames/funded-share-taker-subject.ts);
 * 4. the buyer of the article's deal when the sentence tells how that deal is paid for ("L'acquisition sera
 *    financée par une dette levée auprès de A et B"): the topic may by then be a rival the story turned to;
 * 5. the round's company for round rules (frames/funded-fr-round-company.ts), else the article's topic (never the
 *    topic for `ownCompanyOnly` rules).
 */
export function fundedTarget(input: FundedTargetInput): number | null {
  const { type, rule, caps, units, sources, state, fundedHere, topic } = input;
  const start = caps[MATCH_START][0];
  const investorsFirst = rule.source !== undefined && capturedAt(caps, rule.source) <= start;
  // a reading whose own clause has a pointer subject ("a loan the company received from A") is not told of the
  // sentence's subject ("The DOE awarded a grant to Y, on top of a loan the company received from A")
  const ownSubject = rule.pointedOnly !== undefined && caps[rule.pointedOnly] !== undefined;
  // the rest may be told inside the match, before its lender ("A apportera 60 M€ pour financer l'achat, le reste
  // étant couvert par un emprunt auprès de B"): read up to the source, not only up to the match
  const restEnd =
    rule.source !== undefined && caps[rule.source] ? Math.max(start, capturedAt(caps, rule.source)) : start;
  const clauseSubject =
    type === 'FUNDED' &&
    rule.topicTarget &&
    !investorsFirst &&
    !ownSubject &&
    !((rule.subjectTookShare || restToldBefore(units, restEnd)) && subjectTakesShare(units, start)) &&
    !subjectOwnsInvestingArm(units, start)
      ? subjectOrgBefore(units, start)
      : null;
  // "a facility provided by private credit manager A and a loan from B": A is a lender, no subject
  const subject = notDescribedAgent(units, clauseSubject);
  const dative =
    type === 'FUNDED' && rule.topicTarget && state.dativeOrg !== null && !sources.includes(state.dativeOrg)
      ? state.dativeOrg
      : null;
  if (type === 'FUNDED' && fundedHere !== null) return fundedHere;
  // "dans laquelle Légumia investira 18 M€": the money goes into the relative's antecedent, no company
  if (rule.topicTarget && rule.source && backerAfterIntoRelative(units, capturedAt(caps, rule.source)))
    return null;
  if (dative !== null) return dative;
  if (subject !== null && !sources.includes(subject)) return subject;
  const own = roundTopic(rule, state, sources);
  if (rule.ownCompanyOnly) return own;
  return dealFinancedBuyer(type, rule, units, state, sources) ?? own ?? topic;
}

/** The buyer of the article's deal for a funding reading whose sentence finances a deal, else null. */
function dealFinancedBuyer(
  type: RelationType,
  rule: Rule,
  units: Unit[],
  state: DiscourseState,
  sources: readonly number[],
): number | null {
  const buyer = state.firstDeal.buyer;
  // a buyout fund's debt sits with the company it buys, which the topic already names
  if (type !== 'FUNDED' || !rule.topicTarget || buyer === null || sources.includes(buyer)) return null;
  if (state.funds.has(buyer)) return null;
  const words = units.flatMap((u) => (u.kind === 'tok' ? [u.token] : []));
  return tellsDealFinancing(words) ? buyer : null;
}

/** The subject found, unless it is the agent of a lending phrase behind its description (funded-described-agent.ts). */
function notDescribedAgent(units: Unit[], subject: number | null): number | null {
  if (subject === null) return null;
  const at = units.findIndex((u) => u.kind === 'ent' && u.ents[0] === subject);
  return describedAgent(units, at) ? null : subject;
}
