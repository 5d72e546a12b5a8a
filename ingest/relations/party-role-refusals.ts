import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { partyInOtherRole } from './deal-party-role-guard';
import { dealOfAnotherAgent } from './deal-other-agent';
import { partyIsSeat } from './party-place-guard';
import { debtOfTarget } from './deal-debt-object';
import { paperBuyerOnly } from './deal-paper-buyer';
import { sourceInPeopleRelative } from './people-relative-party';
import { partyIsTerritory } from './party-territory-guard';
import { leaderPostOver } from './leads-post-tense';
import { sourceIsJoinedObject } from './deal-joined-object-source';
import { titleGivenToRelative } from './leader-kin-guard';
import { agreementCounterpartAsAgent } from './deal-agreement-counterpart';
import { founderOfDealObjectElsewhere } from './deal-object-founder-guard';
import { speakerOfReportedCompanyElsewhere } from './reported-company-speaker-guard';
import { leaderIsPredecessor } from './predecessor-leads-guard';
import { leaderLeftInRelative } from './leader-left-relative-guard';
import { leaderIsFirstHolder } from './leader-first-holder-guard';
import { partyIsTradeModifier } from './party-trade-modifier-guard';
import { targetIsSupplier } from './deal-goods-supplier-guard';
import { rankNeighbourOnly } from './rival-rank-distance-guard';
import { holderRankOnly } from './rival-holder-rank-guard';
import { possessedRivalOfOther } from './frames/rivals-possessed-apposed';
import { buyerIsDealNounModifier } from './deal-noun-modifier-guard';
import { founderOfApposedCompany } from './founded-apposed-company-guard';

/**
 * One match is refused when a party the rule captured plays another part in the sentence: a role named for it
 * (adviser, lender), another agent's deal, a seat or place, debt of the target, a buyer of debt paper only, a
 * company inside a relative clause about people, a town or a facility's place as a funding party, a leader whose
 * post the clause tells as over, the object of a first verb read as the buyer of a second one joined to it, a leader
 * named as the title holder's relative, the counterpart "with" whom an agreement to buy was made, the founder of a
 * deal's object given another company, a speaker given another company than the one whose plans they report, a
 * predecessor who gave the post up, a leader whose relative clause tells them leaving the post, a leader whose title is called the first holder's
 * ("X's first chief executive, P"), a place or origin standing before a trade noun ("Faroese farmer X"), the supplier
 * of goods bought ("buys its chips from X"), a rival placed a counted number of places away in a table ("one place
 * ahead of X") or in a ranking of holders or deals ("second-largest shareholder behind X"), the nearest name given a possessive rival apposition that belongs to the clause's subject, a buyer that only
 * modifies a deal noun ("The Lunden purchase places X …"), a founder given a company before another one whose apposition
 * tells the founding ("its purchase of Y, the brand founded by P"). Each guard
 * reads the match alone; they are kept in one list so the relation loop asks once, in the order the guards were
 * added.
 */
export function partyPlaysOtherRole(rule: Rule, caps: Captures, units: Unit[], sentence: Sentence): boolean {
  return (
    partyInOtherRole(rule, caps, units, sentence) ||
    dealOfAnotherAgent(rule, caps, units) ||
    partyIsSeat(rule, caps, units) ||
    debtOfTarget(rule, caps, units) ||
    paperBuyerOnly(rule, caps, units) ||
    sourceInPeopleRelative(rule, caps, units) ||
    partyIsTerritory(rule, caps, units, sentence) ||
    leaderPostOver(rule, caps, units) ||
    sourceIsJoinedObject(rule, caps, units) ||
    titleGivenToRelative(rule, caps, units) ||
    agreementCounterpartAsAgent(rule, caps, units) ||
    founderOfDealObjectElsewhere(rule, caps, units) ||
    speakerOfReportedCompanyElsewhere(rule, caps, units) ||
    leaderIsPredecessor(rule, caps, units) ||
    leaderLeftInRelative(rule, caps, units) ||
    leaderIsFirstHolder(rule, caps, units) ||
    partyIsTradeModifier(rule, caps, units, sentence) ||
    targetIsSupplier(rule, caps, units, sentence) ||
    rankNeighbourOnly(rule, caps, units) ||
    holderRankOnly(rule, caps, units) ||
    possessedRivalOfOther(rule, caps, units) ||
    buyerIsDealNounModifier(rule, caps, units) ||
    founderOfApposedCompany(rule, caps, units)
  );
}
