import type { ExtractedRelation } from '../../types';
import { rules } from '../rule';

/**
 * A loan that pays for the purchase the article tells, with the purchase as the subject: "The offer will be financed
 * with cash and a $400 million bridge loan from A", "The purchase price consists of cash, funded by a new term loan
 * from A", "L'acquisition est financée par un crédit arrangé par A". A lender finances the buyer (GOLD-FORMAT, loan
 * convention), which is the clause's subject before the match or else the article's company.
 */

/** Nouns of the purchase being paid for. */
const DEAL_NOUN_EN =
  '(offer|deal|deals|purchase|purchases|acquisition|acquisitions|transaction|transactions|takeover|takeovers|buyout|price|consideration)';
const DEAL_NOUN_FR = '(acquisition|rachat|opération|reprise|achat|offre)';
/** Participles of paying for it. */
const FINANCED_EN = '(financed|funded|paid|backed)';
const FINANCED_FR = '(financée|financé|financés|financées|payée|payé)';
/** Nouns of lent money. */
const LOAN_EN = '(loan|loans|facility|facilities|debt|financing)';
const LOAN_FR = '(prêt|prêts|crédit|crédits|emprunt|dette|dettes|financement)';
/** How the lender is introduced after the loan. */
const LENDER_EN = '(from|provided|arranged|underwritten|committed|by)';
const LENDER_FR =
  '(arrangé|arrangée|apporté|apportée|accordé|accordée|consenti|consentie|souscrit|souscrite|auprès|mené|menée)';
/** Most words from the financing participle to the loan noun ("with cash and a fully committed $900 million term"). */
const FINANCED_TO_LOAN_WORDS = 14;
/** Most words from the deal noun to its participle, past a relative ("the deal, which still needs approval from
 * British regulators, would be funded"): the loan noun and its lender after it keep the reading narrow. */
const DEAL_TO_FINANCED_WORDS = 12;
/** Active verbs of paying for the purchase, whose subject is the buyer ("Y will finance the purchase with …"). */
const FINANCE_EN = '(finance|fund|financing|funding|finances|funds|financed|funded|pay|paying|paid)';
const FINANCE_FR =
  '(financer|financera|financeront|finance|financent|financé|financée|financerait|financeraient)';
/** Determiners of the purchase after an active verb ("the purchase", "its acquisition", "l'opération"). */
const DEAL_DET_EN = '(the|its|this|their)';
const DEAL_DET_FR = "(l'|le|la|cette|ce|son|sa)";
/** "pay for the purchase": the preposition of paying. */
const FOR_EN = '?for';

export const EN_DEAL_LOAN_RULES = rules([
  {
    id: 'en.funded.deal-financed-by-loan',
    type: 'FUNDED',
    pattern: `${DEAL_NOUN_EN} ~${DEAL_TO_FINANCED_WORDS} ${FINANCED_EN} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_EN} ~3! ${LENDER_EN} ?by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.finances-deal-with-loan',
    type: 'FUNDED',
    pattern: `${FINANCE_EN} ${FOR_EN} ${DEAL_DET_EN} ~2! ${DEAL_NOUN_EN} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_EN} ~3! ${LENDER_EN} ?by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

export const FR_DEAL_LOAN_RULES = rules([
  {
    id: 'fr.funded.deal-financed-by-loan',
    type: 'FUNDED',
    pattern: `${DEAL_NOUN_FR} ~8 ${FINANCED_FR} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_FR} ~4! ${LENDER_FR} ?(par|de|du|d'|des) ?(la|le|l') ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.finances-deal-with-loan',
    type: 'FUNDED',
    pattern: `${FINANCE_FR} ${DEAL_DET_FR} ~2! ${DEAL_NOUN_FR} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_FR} ~4! ?${LENDER_FR} (par|de|du|d'|des|auprès) ?(la|le|l') ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

/** The ids of the rules above, whose company must be a buyer of the article once the buyer pass has run. */
export const DEAL_LOAN_RULE_IDS: ReadonlySet<string> = new Set(
  [...EN_DEAL_LOAN_RULES, ...FR_DEAL_LOAN_RULES].map((r) => r.id),
);

/**
 * A loan for a purchase left on a company that buys nothing in the article (several buyers, so no single payer):
 * the payer is unknown and the fact is dropped rather than given to the company bought.
 */
export function withoutUnpaidDealLoans(relations: ExtractedRelation[]): ExtractedRelation[] {
  const buyers = new Set(relations.filter((r) => r.type === 'ACQUIRED').map((r) => r.source));
  return relations.filter((r) => !DEAL_LOAN_RULE_IDS.has(r.rule) || buyers.has(r.target));
}
