import type { ExtractedEvent, ExtractedRelation } from '../types';
import { EN_FUNDED_RULES } from './en/funded';
import { RAISED_RELATIVE_RULE_IDS } from './stake-raised-relative';
import { FR_FUNDED_RULES } from './fr/funded';
import { FR_ROUND_ROLE_RULES } from './fr/round-roles';
import { FUNDED_FRAMES } from './frames/funded';
import { topicRuleIds, withBuyerFunded, withRoundCompany } from './frames/funded-round-company';
import { givesNoMoney } from './frames/funded-not-givers';
import { asMajorityPurchase, raisesForOwnFund } from './frames/funded-misread';
import { withInvestorNotFunded } from './frames/funded-investor-not-company';
import { withoutInvestorOwnRaises } from './frames/funded-fr-investor-raise';
import { withSellerBackingTarget } from './frames/funded-seller-backing';
import { withExitCompany } from './frames/funded-exit-company';
import { withoutBoughtGivers } from './frames/funded-bought-giver';
import { DEAL_EQUITY_RULE_IDS, withoutUnpaidDealLoans } from './frames/funded-deal-loans';
import { withoutEmployerInvestors } from './frames/funded-employer-names';
import { fundsOutlet } from './frames/funded-told-outlet';
import { fundsOwnVehicle } from './frames/funded-vehicle';
import { withVehicleAmounts } from './frames/funded-folded-vehicle';
import { EN_ROUND_LENDER_RULE_IDS } from './frames/funded-en-round-lenders';
import { EN_LOAN_LENDER_TOPIC_IDS } from './frames/funded-en-loan-lenders';
import { BANK_POOL_RULE_IDS } from './frames/funded-bank-pools';
import { withDealLoanPayer } from './frames/funded-en-deal-loan-payer';
import { PUTS_MONEY_AGAIN_RULE_IDS } from './frames/funded-follow-ons';

/** Percent above which a stake is control. */
const MAJORITY_PERCENT = 50;
/** "346,600 IPCO shares", "217,150 Wrather common shares": a number of shares, not a company. */
const COUNTED_SHARES = /\b\d[\d,.]*\s+(?:\S+\s+){0,3}?(?:common\s+|ordinary\s+)?shares\b/i;

/** Statuses of a purchase that did not give the buyer control. */
const NOT_OWNED = new Set(['abandoned', 'rumoured']);

/** FUNDED rules whose company is the article's guess, not the sentence's. */
const GUESSED_COMPANY_RULES = topicRuleIds([
  ...EN_FUNDED_RULES,
  ...FR_FUNDED_RULES,
  ...FR_ROUND_ROLE_RULES,
  ...FUNDED_FRAMES,
]);

/** FUNDED rules whose clause has a deal as subject ("L'opération a été financée par …"). */
const DEAL_MONEY_RULES = new Set([
  'any.funded.frame-passive-deal-topic',
  'any.funded.frame-raiser-deal-topic',
  'en.funded.deal-financed-by-loan',
  'fr.funded.deal-financed-by-loan',
  'en.funded.finances-deal-with-loan',
  'fr.funded.finances-deal-with-loan',
  'en.funded.deal-equity-from',
  'en.funded.deal-equity-from-owner',
  'fr.funded.deal-equity-from',
  'fr.funded.deal-equity-from-owner',
]);
/** FUNDED rules whose clause has the money as subject ("La dette est apportée par …"). */
const MONEY_RULES = new Set([
  'any.funded.frame-passive-money-topic',
  'any.funded.frame-raiser-money-topic',
  ...EN_ROUND_LENDER_RULE_IDS,
  ...EN_LOAN_LENDER_TOPIC_IDS,
]);

/** FUNDED rules whose source is a lender (a loan that pays for a purchase funds the buyer); English but the pools'. */
const LOAN_RULES = new Set([
  'en.funded.loan-from',
  'en.funded.extended-loan-to',
  'en.funded.agreed-to-extend-loan-to',
  'en.funded.lent-to',
  'en.funded.debt-provided-by',
  ...EN_ROUND_LENDER_RULE_IDS,
  ...EN_LOAN_LENDER_TOPIC_IDS,
  ...BANK_POOL_RULE_IDS,
]);

function pairKey(r: ExtractedRelation): string {
  return `${r.source}\u0000${r.target}`;
}

/** Every form each entity is named by in the article, keyed by the name its facts carry. */
export function surfacesByName(
  entities: readonly { surfaces: string[] }[],
  names: readonly string[],
): Map<string, readonly string[]> {
  return new Map(entities.map((e, k) => [names[k], e.surfaces]));
}

/**
 * The article's FUNDED facts set straight: a guessed company that is an investor of the round just told takes
 * that round's company, and the money of a deal told as its subject goes to the buyer
 * (`frames/funded-round-company.ts`); advisers, coaches and holders that did not take part give no funding
 * (`frames/funded-not-givers.ts`), money raised for a firm's own fund funds no firm and a stake above half is a
 * purchase (`frames/funded-misread.ts`); an investor the sentence does not name is not the company funded there
 * (`frames/funded-investor-not-company.ts`); a company bought in the sentence gives its buyer no money there
 * (`frames/funded-bought-giver.ts`), nor does a name that is only a person's employer
 * (`frames/funded-employer-names.ts`); a loan for a purchase with no single buyer is dropped
 * (`frames/funded-deal-loans.ts`); a backer that sells its stake in the article's purchase backed the
 * company bought, not its buyer (`frames/funded-seller-backing.ts`); and "Y is backed by X" beside "X bought Y" in the same article is left out, as
 * the owner's backing is its control, not a separate funding (gold rows give the pair once, as ACQUIRED).
 */
export function withoutOwnersBacking(
  relations: ExtractedRelation[],
  events: readonly ExtractedEvent[] = [],
  surfacesOf: ReadonlyMap<string, readonly string[]> = new Map(),
  firstTold: ReadonlyMap<string, number> = new Map(),
): ExtractedRelation[] {
  const backed = withExitCompany(
    withSellerBackingTarget(
      withInvestorNotFunded(
        withoutUnpaidDealLoans(
          withBuyerFunded(
            withRoundCompany(
              withoutEmployerInvestors(withoutBoughtGivers(relations))
                .filter(
                  (r) => !givesNoMoney(r) && !raisesForOwnFund(r) && !fundsOutlet(r) && !fundsOwnVehicle(r),
                )
                .map(asMajorityPurchase),
              GUESSED_COMPANY_RULES,
              events,
            ),
            DEAL_MONEY_RULES,
            MONEY_RULES,
            GUESSED_COMPANY_RULES,
          ),
        ),
        surfacesOf,
        firstTold,
      ),
    ),
  );
  // a fund manager already told investing, raising its own next fund: its givers are limited partners
  // a loan paying for a purchase funds the buyer, not the company bought (`frames/funded-en-deal-loan-payer.ts`)
  // a vehicle puts in its parent's money (`frames/funded-folded-vehicle.ts`)
  const fixed = withVehicleAmounts(withDealLoanPayer(withoutInvestorOwnRaises(backed), LOAN_RULES));
  // "bought a 6.8 pct stake in Y" then "acquired 346,600 Y shares": a counted block of shares beside a stated
  // minority stake is that stake bought, so the stake stays a funding (the purchase reading is left to deal rules)
  const minority = new Set(
    fixed
      .filter(
        (r) => r.type === 'FUNDED' && r.stake !== undefined && r.stake !== null && r.stake < MAJORITY_PERCENT,
      )
      .map(pairKey),
  );
  const owned = new Set(
    fixed
      .filter((r) => r.type === 'ACQUIRED' && (r.status === null || !NOT_OWNED.has(r.status)))
      .filter((r) => !(minority.has(pairKey(r)) && COUNTED_SHARES.test(r.evidence.sentence)))
      .map(pairKey),
  );
  const takeoverSentences = new Set(
    fixed
      // "une participation de 20 % dans Y, qu'il a portée à 65 %": the entry told before the raise is a step of its own
      .filter((r) => r.type === 'ACQUIRED' && owned.has(pairKey(r)) && !RAISED_RELATIVE_RULE_IDS.has(r.rule))
      .map((r) => takeoverKey(r)),
  );
  // a stake read as a purchase may repeat a purchase another rule read
  const seen = new Set<string>();
  return fixed.filter((r) => {
    const key = `${r.type}\u0000${pairKey(r)}`;
    if (seen.has(key)) return false;
    if (r.type === 'FUNDED' && owned.has(pairKey(r)) && !ownStep(r, takeoverSentences)) return false;
    seen.add(key);
    return true;
  });
}

function takeoverKey(r: ExtractedRelation): string {
  return `${pairKey(r)}\u0000${r.evidence.sentence}`;
}

/**
 * A funding by the owner that is a step of its own, not the control read again (GOLD-FORMAT: a minority stake and
 * money put in are FUNDED beside a later takeover): money the owner brought with no stake told ("contrôlée par A,
 * qui lui a apporté 60 M€"), or a minority stake told in a sentence of its own ("first bought into Y in 2021,
 * taking a 26% stake"; in the takeover's sentence the stake is most often the sale misread), or a verb of putting
 * money in again ("A, actionnaire majoritaire depuis 2020, remet au pot": the control is 2020's, the money today's).
 */
function ownStep(r: ExtractedRelation, takeoverSentences: ReadonlySet<string>): boolean {
  // "financed with a loan from A and an equity cheque from its owner B": the owner's money for the purchase
  if (PUTS_MONEY_AGAIN_RULE_IDS.has(r.rule) || DEAL_EQUITY_RULE_IDS.has(r.rule)) return true;
  const noStake = r.stake === undefined || r.stake === null;
  if (noStake) return r.amount !== null;
  return r.stake! < MAJORITY_PERCENT && !takeoverSentences.has(takeoverKey(r));
}
