import { rules } from '../rule';

/**
 * Public money and loans told from the noun of the money, its giver after a participle or a relative clause of
 * receiving: "a $12 million loan the company received from MassCEC", "a £2m grant that the startup won from
 * Innovate UK", "a grant awarded by the state agency A", "un prêt que la société a obtenu auprès de la BEI", "une
 * subvention obtenue auprès de l'Ademe", "une aide de 2 M€ attribuée par la Région". The press tells such money
 * beside a round, as what it adds to. A relative clause's named subject is the borrower ("a grant that Acme won
 * from A"); a pointer subject ("the company", "la société", "it") is the round's company (`roundCompany`): a
 * pointer there is often resolved to the last name before it, the previous sentence's investor. A named lender or grant giver is FUNDED (GOLD-FORMAT). A date between the participle
 * and the giver is dropped beforehand (`../funded-time-inserts.ts`).
 */

/** English nouns of money given or lent. */
const AID_EN = '(loan|loans|grant|grants|subsidy|subsidies|advance|debt|credit|facility)';
/** Nouns after a money noun that make one thing of them ("credit line", "loan facility"). */
const FACILITY_EN = '(line|facility|facilities|tranche)';
/** English verbs of receiving money, past. */
const RECEIVED_EN = '(received|obtained|secured|won|got|drew|took|borrowed|landed)';
/** English participles of giving money, before "by". */
const GIVEN_EN = '(awarded|granted|given|lent|loaned)';
/** Most words of the relative clause's subject ("the company", "the Boston startup", "it"). */
const SUBJECT_WORDS = 3;
/** French nouns of money given or lent. */
const AID_FR =
  '(prêt|prêts|subvention|subventions|aide|aides|avance|avances|dotation|crédit|emprunt|financement|bourse)';
/** Most words between the money noun and its participle ("remboursable de 800 000 euros"). */
const AID_TO_VERB_WORDS = 8;
/** French participles of receiving money. */
const OBTAINED_FR =
  '(obtenu|obtenue|obtenus|obtenues|décroché|décrochée|décrochés|décrochées|reçu|reçue|reçus|reçues|levé|levée|levés|levées)';
/** French participles of giving public money, which the loan readers lack. */
const AWARDED_FR =
  '(attribué|attribuée|attribués|attribuées|versé|versée|versés|versées|alloué|allouée|alloués|allouées|octroyé|octroyée|octroyés|octroyées|accordé|accordée|accordés|accordées)';
/** Auxiliaries of the relative clause's compound tense. */
const AUX_FR = '(a|avait|ont|avaient|aura)';
/** Adverbs between the auxiliary and the participle. */
const ALSO_FR = '(déjà|aussi|également)';
/** Words one of which a sentence telling money holds. */
export const MONEY_WORDS = '&&(million|millions|mln|billion|billions|bn|m|milliards|euros|M€|€|£|\\$)';

/** The roles of a reading whose borrower is left to the discourse (the round's company), shared by the aid readers. */
export const ROUND_BORROWER_ROLES = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  roundCompany: true,
} as const;
const ROUND_BORROWER = { ...ROUND_BORROWER_ROLES, confidence: 0.55 } as const;
/** The same, for a relative clause whose subject, when captured, must be a pointer at the round's company. */
const POINTED_BORROWER = { ...ROUND_BORROWER, pointedOnly: 'who' } as const;
/** The shared roles of the readings whose borrower the relative clause names. */
const NAMED_BORROWER = { source: 'src', target: 'tgt', namedTarget: true, confidence: 0.55 } as const;

export const OBTAINED_FROM_RULES = rules([
  {
    id: 'en.funded.aid-received-from',
    type: 'FUNDED',
    // "a $12 million loan the company received from A", "a grant it won last year from A"
    pattern: `${AID_EN} ?${FACILITY_EN} ?(that|which) ?*who ~${SUBJECT_WORDS}! ?(had|has) ${RECEIVED_EN} from ~3! **src ${MONEY_WORDS}`,
    ...POINTED_BORROWER,
  },
  {
    id: 'en.funded.aid-named-received-from',
    type: 'FUNDED',
    // "a £2m grant that Norvolt won from A"
    pattern: `${AID_EN} ?(that|which) @tgt ?(had|has) ${RECEIVED_EN} from ~3! **src ${MONEY_WORDS}`,
    ...NAMED_BORROWER,
  },
  {
    id: 'en.funded.aid-awarded-by',
    type: 'FUNDED',
    // "a £2m grant awarded by A", "a loan granted by the state bank A"
    pattern: `${AID_EN} ${GIVEN_EN} by ~3! **src ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
  },
  {
    id: 'fr.funded.aid-obtained-from',
    type: 'FUNDED',
    // "un prêt de 3 M€ obtenu auprès de la BEI", "une subvention décrochée auprès de l'Ademe"
    pattern: `${AID_FR} ~${AID_TO_VERB_WORDS}! ${OBTAINED_FR} auprès (de|du|des|d') ~3! **src ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
  },
  {
    id: 'fr.funded.aid-that-obtained-from',
    type: 'FUNDED',
    // "un prêt de 3 M€ que la société a obtenu auprès de la BEI", "qu'elle avait décroché auprès de A"
    pattern: `${AID_FR} ~${AID_TO_VERB_WORDS}! (que|qu') ?*who ~${SUBJECT_WORDS}! ${AUX_FR} ?${ALSO_FR} ${OBTAINED_FR} auprès (de|du|des|d') ~3! **src ${MONEY_WORDS}`,
    ...POINTED_BORROWER,
  },
  {
    id: 'fr.funded.aid-named-obtained-from',
    type: 'FUNDED',
    // "un prêt que Norvolt a obtenu auprès de la BEI"
    pattern: `${AID_FR} ~${AID_TO_VERB_WORDS}! (que|qu') @tgt ${AUX_FR} ?${ALSO_FR} ${OBTAINED_FR} auprès (de|du|des|d') ~3! **src ${MONEY_WORDS}`,
    ...NAMED_BORROWER,
  },
  {
    id: 'fr.funded.aid-awarded-by',
    type: 'FUNDED',
    // "une subvention de 2 M€ attribuée par l'Ademe", "une aide versée par la Région"
    pattern: `${AID_FR} ~${AID_TO_VERB_WORDS}! ${AWARDED_FR} par ~3! **src ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
  },
]);
