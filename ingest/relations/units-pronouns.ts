import type { UnitContext } from './unit-context';
import {
  EXPLETIVE_FOLLOWERS,
  FACT_PARTICIPLES,
  FRENCH_SUBJECT_PRONOUNS,
  PLURAL_PRONOUNS,
  REPORTING_BEFORE_IT,
  SUBJECT_PRONOUNS,
  SUBORDINATORS_BEFORE_IT,
} from './anaphor-words';
import { firstOrgOrPointer, lastOrgIn } from './discourse';
import { personPronounAt } from './anaphora-person-pronoun';
import { afterReportAndTime } from './anaphora-report';
import { subjectChainOrg } from './anaphora-subject-chain';
import { isInvestorName } from './anaphora-invested-name';
import { coordinatedPronounOrg } from './anaphora-coordinated-it';
import { companyVerbAt } from './company-pronoun';
import { dealPronounIsCompany } from './anaphora-deal-pronoun';
import { pronounAgrees } from './apposed-agent';
import { isImpersonalIl } from './anaphora-impersonal';
import { companyVerbTopic, paragraphPronounTopic } from './anaphora-topic';
import { modalActionAt } from './anaphora-modal-it';
import { describedObjectPointer } from './anaphora-described-object';
import { ranksCompanyAfterCopula } from './anaphora-ranked-it';
import { foundedDealTarget } from './anaphora-founded-target';
import { countedDealOwner } from './anaphora-counted-deal-owner';

/**
 * "X bought Y. Founded in 1987 by P, it …": a pronoun after a fronted founding phrase right after a deal is the
 * company bought, as the founding frames read "Fondé en 1994 par P, le cabinet …" (anaphora-founded-target.ts).
 */
function foundedTargetAfterFronting(c: UnitContext): number | null {
  return c.afterFounding() ? foundedDealTarget(c.tokens, c.mentions, c.state, c.index) : null;
}

/** "Il avait cofondé X", "She previously ran Y": a person's career verb after the pronoun. Tokens used, or 0. */
export function personPronoun(c: UnitContext): number {
  const person = personPronounAt(c.tokens, c.units, c.index, c.state, c.i, () => c.opensMain());
  if (person === null) return 0;
  c.point([person], c.i);
  return 1;
}

/** "it"/"they" as a clause's subject: the company named or pointed at before. Tokens used, or 0. */
export function subjectPronoun(c: UnitContext): number {
  const { t, next, tokens, units, i } = c;
  if (!SUBJECT_PRONOUNS.has(t.lower) || !next || next.kind !== 'word') return 0;
  const before = i > 0 ? tokens[i - 1].lower : '';
  // "said on Tuesday it": only when no company is named before it — the wire rules read "X said on Tuesday it
  // agreed to buy Y" themselves, and the rivalry frames take the named X, not a pointer, as the clause subject
  const afterReport =
    REPORTING_BEFORE_IT.has(before) || (afterReportAndTime(tokens, i) && lastOrgIn(units) === null);
  const afterSubordinator = t.text === 'it' && (SUBORDINATORS_BEFORE_IT.has(before) || afterReport);
  // "Founded in 1987 by P, it was bought by Z": after a fronted founding or deal phrase the pronoun opens the clause
  if (
    !(c.opensMain() || afterSubordinator || c.afterFounding()) ||
    (EXPLETIVE_FOLLOWERS.has(next.lower) &&
      !FACT_PARTICIPLES.has(tokens[i + 2]?.lower ?? '') &&
      !modalActionAt(tokens, i + 1) &&
      !ranksCompanyAfterCopula(tokens, i + 1)) ||
    c.antecedent() === null
  )
    return 0;
  // "X, a provider of …, announced that it has acquired Y": inside the sentence the pronoun is the company
  // just named (the reporter of its own news), not a dateline's wire service named first
  const it = afterReport
    ? (lastOrgIn(units, true) ?? lastOrgIn(units) ?? c.antecedent()!)
    : afterSubordinator
      ? (countedDealOwner(units) ?? firstOrgOrPointer(units) ?? c.antecedent()!)
      : // "…, a maker of burgers. It is run by P": the company just described (anaphora-described-object.ts)
        (foundedTargetAfterFronting(c) ??
        describedObjectPointer(tokens, i, c.state.describedObject, c.state.genders) ??
        subjectChainOrg(tokens, i, units, c.state, (e) => isInvestorName(c.index, c.state, e)) ??
        c.antecedent()!);
  c.point([it], i);
  return 1;
}

/** "X bought Y and it …": a pronoun coordinated after a clause. Tokens used, or 0. */
export function coordinatedPronoun(c: UnitContext): number {
  const coordinated = coordinatedPronounOrg(c.tokens, c.units, c.i);
  if (coordinated === null) return 0;
  c.point([coordinated], c.i);
  return 1;
}

/**
 * French "il"/"elle" opening the main clause: the company the last sentence was about; a paragraph opening on it
 * before naming any company, or one before a verb only a company takes that no sentence before gave a company
 * subject: the article's own company. Tokens used, or 0.
 */
export function frenchPronoun(c: UnitContext): number {
  const { t, tokens, state, i } = c;
  if (
    !FRENCH_SUBJECT_PRONOUNS.has(t.lower) ||
    c.next?.kind !== 'word' ||
    // "Fondée en 1921 par P, elle produit …": the fronted founding phrase leaves the pronoun opening the clause
    !(c.opensMain() || c.afterFounding()) ||
    isImpersonalIl(tokens, i)
  )
    return 0;
  const companyVerb = companyVerbAt(tokens, i + 1) || dealPronounIsCompany(tokens, i, c.index, state);
  const agreed = companyVerb || pronounAgrees(t.lower, state.pronounGender) ? state.pronounOrg : null;
  const pronounOrg = agreed ?? (companyVerb ? state.companyVerbPronounOrg : null);
  const org =
    foundedTargetAfterFronting(c) ??
    describedObjectPointer(tokens, i, state.describedObject, state.genders) ??
    pronounOrg ??
    paragraphPronounTopic(tokens, i, state) ??
    (companyVerb ? companyVerbTopic(state) : null);
  if (org === null) return 0;
  c.point([org], i);
  return 1;
}

/** "they", "elles" after a list of companies: the list. Tokens used, or 0. */
export function pluralPronoun(c: UnitContext): number {
  if (!PLURAL_PRONOUNS.has(c.t.lower) || !c.state.lastOrgList) return 0;
  c.point(c.state.lastOrgList, c.i);
  return 1;
}
