import type { ExtractedRelation } from '../../types';
import { rules } from '../rule';

/**
 * A loan that pays for the purchase the article tells, with the purchase as the subject: "The offer will be financed
 * with cash and a $400 million bridge loan from A", "The purchase price consists of cash, funded by a new term loan
 * from A", "L'acquisition est financée par un crédit arrangé par A". A lender finances the buyer (GOLD-FORMAT, loan
 * convention), which is the clause's subject before the match or else the article's company.
 */

/** Nouns of the purchase being paid for. */
const DEAL_NOUN_EN = '(offer|deal|purchase|acquisition|transaction|takeover|buyout|price|consideration)';
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

export const EN_DEAL_LOAN_RULES = rules([
  {
    id: 'en.funded.deal-financed-by-loan',
    type: 'FUNDED',
    pattern: `${DEAL_NOUN_EN} ~8 ${FINANCED_EN} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_EN} ~3! ${LENDER_EN} ?by ~3! **src`,
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
