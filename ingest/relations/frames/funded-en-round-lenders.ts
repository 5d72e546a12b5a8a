import { rules } from '../rule';

/**
 * The lender of the round's debt, told with the loan noun as subject or object and no borrower named: "The debt
 * facility comes from A and German bank B", "The loan is provided by A", "A is providing the €20m credit line".
 * A lender funds the borrower (GOLD-FORMAT, loan convention): the buyer when the article tells a purchase (the
 * rule ids join the money-subject set of `../owner-backing.ts`), else the article's own company (`roundCompany`,
 * the same reading as the French loan rules), not the salient name of the sentence before, which is often another
 * investor ("Northway has also put money in").
 */

/** Nouns of lent money; "facility" or "line" alone may be a plant or a product, so they only follow one of these. */
const LOAN_EN = '(loan|loans|debt|credit|lending|borrowing|borrowings|venture-debt)';
/** What may follow the loan noun ("debt facility", "credit line"). */
const LOAN_TAIL_EN = '?(facility|facilities|line|lines|tranche|package|financing|component|portion)';
/** Determiners of the loan told as the article's ("the debt facility", "its €120m credit line"). */
const LOAN_DET_EN = '(the|its|this|a|an)';
/** Participles of lending, in the passive ("is provided by A"). */
const LENT_EN = '(provided|arranged|extended|underwritten|granted|supplied|committed|financed)';
/** Active verbs of lending, in a progressive or future form ("is providing", "will provide"). */
const LENDS_EN =
  '(providing|provide|provides|extending|extend|extends|arranging|arrange|arranges|supplying|supply|supplies)';
/** Most words between the determiner and the loan noun ("a further €120m", "a five-year"). */
const LOAN_DESCRIPTION_WORDS = 5;

export const EN_ROUND_LENDER_RULES = rules([
  {
    id: 'en.funded.loan-comes-from',
    type: 'FUNDED',
    pattern: `${LOAN_DET_EN} ~${LOAN_DESCRIPTION_WORDS}! ${LOAN_EN} ${LOAN_TAIL_EN} (comes|come|came|is|was|will) ?(coming|come) from ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.loan-provided-by',
    type: 'FUNDED',
    pattern: `${LOAN_DET_EN} ~${LOAN_DESCRIPTION_WORDS}! ${LOAN_EN} ${LOAN_TAIL_EN} (is|was|will|are|were|has|have) ?(be|been|being) ${LENT_EN} by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.provides-loan',
    type: 'FUNDED',
    pattern: `**src ?(is|are|will|would) ?(also) ${LENDS_EN} ${LOAN_DET_EN} ~${LOAN_DESCRIPTION_WORDS}! ${LOAN_EN} ${LOAN_TAIL_EN} !>(to|for)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
]);

/** The ids of the rules above, whose company is the article's round's, not the sentence's salient name. */
export const EN_ROUND_LENDER_RULE_IDS: ReadonlySet<string> = new Set(EN_ROUND_LENDER_RULES.map((r) => r.id));
