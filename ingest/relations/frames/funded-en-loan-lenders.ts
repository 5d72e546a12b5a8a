import { rules } from '../rule';

/**
 * Lenders named after the loan noun in a list of the round's parts, with no borrower named: "The financing
 * comprises a £60 million term loan from A and a £25 million green facility extended by B", and a lender told as
 * the subject of a lending verb whose borrower follows "to": "A extended a $40 million credit line to Y", "A lent
 * €5m to Y". A lender funds the borrower (GOLD-FORMAT, loan convention); with no borrower named it is the article's
 * round company, as for the rules of `funded-en-round-lenders.ts`.
 */

/** Nouns of lent money. */
const LOAN_EN = '(loan|loans|debt|credit|borrowing|borrowings|venture-debt)';
/** A facility or a line, which alone may be a plant or a product: only with a lending participle after it. */
const FACILITY_EN = '(facility|facilities|line|lines|tranche)';
/** Participles of lending after the loan noun ("extended by B"). */
const LENT_EN = '(provided|arranged|extended|underwritten|granted|supplied|committed|advanced)';
/** Active verbs of lending, any tense. */
const LENDS_EN =
  '(extend|extended|extends|extending|provide|provided|provides|providing|grant|granted|grants|granting|arrange|arranged|arranges|advance|advanced|advances|commit|committed|commits|offered|offers)';
/** Verbs of consenting to a loan before its lending verb. */
const CONSENTS_EN =
  '(agreed|agrees|agree|pledged|pledges|promised|promises|undertook|undertakes|committed|commits)';
/** Verbs of lending that need no loan noun ("lent $5m to Y"). */
const LENT_MONEY_EN = '(lend|lent|lends|lending|loaned|loans)';
/** A name that only qualifies the lender noun after it ("by Atlantic lender Ribeira Bank") is no lender. */
const NOT_QUALIFIER = '!>(lender|lenders|bank|banks|fund|funds|investor|investors)';
/** Words one of which a sentence telling a loan in money holds. */
const MONEY_WORDS_EN = '&&(million|millions|mln|billion|billions|bn|m)';

export const EN_LOAN_LENDER_RULES = rules([
  {
    id: 'en.funded.loan-noun-from',
    type: 'FUNDED',
    pattern: `${LOAN_EN} ?${FACILITY_EN} (from|by) ~3! **src ${NOT_QUALIFIER} ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
  {
    id: 'en.funded.facility-lent-by',
    type: 'FUNDED',
    pattern: `${LOAN_EN} ?${FACILITY_EN} ${LENT_EN} by ?(the) ?*qualifier ~2! ?(lender|lenders|bank|banks) **src ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
  {
    // "a £25 million green facility extended by B": a facility alone only with a verb of lending ("a cooling
    // facility provided by A" is equipment)
    id: 'en.funded.facility-extended-by',
    type: 'FUNDED',
    pattern: `${FACILITY_EN} (extended|granted|advanced|committed|lent) by ~3! **src ${NOT_QUALIFIER} ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
  {
    id: 'en.funded.extended-loan-to',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|have|had|also|will|would) ?(also|already|previously) ${LENDS_EN} ~5! ${LOAN_EN} ?${FACILITY_EN} to ~3! @tgt ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.agreed-to-extend-loan-to',
    type: 'FUNDED',
    // "A agreed in July to extend a £60 million credit facility to Y", "A has pledged to provide a loan to Y": only
    // a verb of consent before "to" (not "declined to extend", "was asked to provide")
    pattern: `**src ?(has|have|had|also) ${CONSENTS_EN} ~2! to ${LENDS_EN} ~5! ${LOAN_EN} ?${FACILITY_EN} to ~3! @tgt ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.lent-to',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|have|had|also|will|would) ?(also|already|previously) ${LENT_MONEY_EN} ~5! to ~3! @tgt ${MONEY_WORDS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.55,
  },
]);

/** The ids of the topic rules above, whose company is the article's round's. */
export const EN_LOAN_LENDER_TOPIC_IDS: ReadonlySet<string> = new Set([
  'en.funded.loan-noun-from',
  'en.funded.facility-lent-by',
  'en.funded.facility-extended-by',
]);
