import type { ExtractedRelation } from '../../types';
import { rules } from '../rule';
import { OWNER_DESCRIBED_EN, OWNER_DESCRIBED_FR, OWNER_OF_NAMED_EN } from './funded-owner-description';

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
/** Nouns of equity put in beside the loan ("and an equity injection from B", "et par un apport en fonds propres
 * de B"): the owner or fund that brings it finances the buyer as the lender does. */
const EQUITY_EN = '(injection|equity|contribution)';
const EQUITY_FR = '(apport|apports|injection|augmentation)';
/** Most words from the financing participle to the equity noun, past the loan told first. */
const FINANCED_TO_EQUITY_WORDS = 24;
/** Most words between the French equity noun and its giver's "de" ("apport en fonds propres de"). */
const EQUITY_TO_GIVER_WORDS = 4;

/** Most units between the loan noun and the lender's preposition ("de 10 millions d'euros accordé par"). */
const LOAN_TO_LENDER_UNITS = 8;
/** Most words between the paying subject and its verb ("will", "doit", "a décidé de"). */
const PAYER_TO_VERB_WORDS = 3;
/**
 * A paying subject is surer than the article's guess or the round's company: its reading wins over a lender rule
 * that leaves the company to the round ("un prêt accordé par A", 0.65).
 */
const PAYER_CONFIDENCE = 0.7;

/**
 * The payer named (or pointed at) as the subject of an active paying verb: "L'industriel grenoblois finance
 * l'opération par un prêt accordé par A", "Stelvia will finance the purchase with a loan from A". The lender funds
 * that subject, even when the deal it pays for is a stake taken in another company.
 */
export const EN_PAYER_SUBJECT_RULES = rules([
  {
    id: 'en.funded.payer-finances-deal-with-loan',
    type: 'FUNDED',
    pattern: `@tgt ~${PAYER_TO_VERB_WORDS}! ${FINANCE_EN} ${FOR_EN} ${DEAL_DET_EN} ~2! ${DEAL_NOUN_EN} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_EN} ~${LOAN_TO_LENDER_UNITS} ${LENDER_EN} ?by ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: PAYER_CONFIDENCE,
  },
]);

export const FR_PAYER_SUBJECT_RULES = rules([
  {
    id: 'fr.funded.payer-finances-deal-with-loan',
    type: 'FUNDED',
    pattern: `@tgt ~${PAYER_TO_VERB_WORDS}! ${FINANCE_FR} ${DEAL_DET_FR} ~2! ${DEAL_NOUN_FR} ~${FINANCED_TO_LOAN_WORDS} ${LOAN_FR} ~${LOAN_TO_LENDER_UNITS} ?${LENDER_FR} (par|de|du|d'|des|auprès) ?(la|le|l') ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: PAYER_CONFIDENCE,
  },
]);

/** Ids of the rules above: their company is the sentence's paying subject, never a guess to move elsewhere. */
export const PAYER_SUBJECT_RULE_IDS: ReadonlySet<string> = new Set(
  [...EN_PAYER_SUBJECT_RULES, ...FR_PAYER_SUBJECT_RULES].map((r) => r.id),
);

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
  {
    id: 'en.funded.deal-equity-from',
    type: 'FUNDED',
    // "… and an equity injection from its majority owner, private equity firm B" / "… from private equity firm B"
    pattern: `${DEAL_NOUN_EN} ~${DEAL_TO_FINANCED_WORDS} ${FINANCED_EN} ~${FINANCED_TO_EQUITY_WORDS} ${EQUITY_EN} ~2! from ?(,) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.deal-equity-from-owner',
    type: 'FUNDED',
    pattern: `${DEAL_NOUN_EN} ~${DEAL_TO_FINANCED_WORDS} ${FINANCED_EN} ~${FINANCED_TO_EQUITY_WORDS} ${EQUITY_EN} ~2! from ${OWNER_DESCRIBED_EN} **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.deal-equity-from-named-owner',
    type: 'FUNDED',
    // "… an equity injection from Harwick's majority owner, B": the owner puts money in the company it holds
    pattern: `${DEAL_NOUN_EN} ~${DEAL_TO_FINANCED_WORDS} ${FINANCED_EN} ~${FINANCED_TO_EQUITY_WORDS} ${EQUITY_EN} ~2! from @tgt ${OWNER_OF_NAMED_EN} **src`,
    source: 'src',
    target: 'tgt',
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
  {
    id: 'fr.funded.deal-equity-from',
    type: 'FUNDED',
    // "… et par un apport en fonds propres du fonds B" / "… de son actionnaire de référence, le fonds B"
    pattern: `${DEAL_NOUN_FR} ~8 ${FINANCED_FR} ~${FINANCED_TO_EQUITY_WORDS} ${EQUITY_FR} ~${EQUITY_TO_GIVER_WORDS} (de|du|d'|des) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.deal-equity-from-owner',
    type: 'FUNDED',
    pattern: `${DEAL_NOUN_FR} ~8 ${FINANCED_FR} ~${FINANCED_TO_EQUITY_WORDS} ${EQUITY_FR} ~${EQUITY_TO_GIVER_WORDS} (de|d') ${OWNER_DESCRIBED_FR} **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

/**
 * Ids of the rules of equity put into a purchase ("an equity injection from its majority owner, B"): told of an
 * owner, this money is a funding of its own beside the control (owner-backing.ts keeps it).
 */
export const DEAL_EQUITY_RULE_IDS: ReadonlySet<string> = new Set([
  'en.funded.deal-equity-from',
  'en.funded.deal-equity-from-owner',
  'en.funded.deal-equity-from-named-owner',
  'fr.funded.deal-equity-from',
  'fr.funded.deal-equity-from-owner',
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
