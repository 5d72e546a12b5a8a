import { rules } from '../rule';

/**
 * The banks of a pool named after "led by / mené par", with no borrower in the sentence: "a £15 million revolving
 * credit facility from a group of banks led by A and B", "un crédit de 45 M€ consenti par un pool bancaire mené par
 * A et B". Every bank named at the head of the pool lends (GOLD-FORMAT, loan convention), and with no borrower named
 * the loan goes to the article's round company (`roundCompany`), as for `funded-en-loan-lenders.ts` (a sentence that
 * names its borrower is read by the led-by rules, `en.funded.led-by` and `fr.funded.led-by`).
 */

/**
 * The pool told as the agent of the loan, after "from / by / par / auprès d'" and an article: a pool as the subject
 * of its own lending verb ("un pool de banques mené par A fournit un crédit") is left to the lender-verb readers
 * (`funded-lender-verbs.ts`), which read the other lenders of the sentence with it.
 */
const AGENT_EN = '(from|by|with|through) (a|an|the)';
const AGENT_FR = "(par|auprès|d') ?(d') (un|le)";
/** Nouns of a lending group, English ("a group of banks", "a syndicate of five lenders"). */
const GROUP_EN = '(group|syndicate|consortium|pool|club)';
/** The lenders a group gathers. */
const LENDERS_EN = '(banks|lenders)';
/** A lending group told as a compound ("a bank syndicate", "a lending club"). */
const LENDING_EN = '(bank|banking|lending|lender)';
/** Participles of heading a pool. */
const LED_EN = '(led|co-led|headed|arranged|coordinated)';
/** Most words between "of" and the lenders noun ("five European", "some 12"). */
const LENDER_COUNT_WORDS = 2;
/** Most words before the first bank's name ("the French lender", "Dutch"). */
const BANK_DESCRIPTION_WORDS = 2;
/** A sentence telling a loan in money holds one of these. */
const MONEY_WORDS_EN = '&&(million|millions|mln|billion|billions|bn|m)';

/** Nouns of a lending group, French ("un pool bancaire", "un syndicat de banques"). */
const GROUP_FR = '(pool|syndicat|consortium|groupement|club)';
/** "bancaire", or "de banques / de prêteurs" after the group noun. */
const BANKING_FR = '(bancaire|bancaires)';
const LENDERS_FR = '(banques|prêteurs|établissements)';
/** Participles of heading a pool, all genders. */
const LED_FR =
  '(mené|menée|menés|emmené|emmenée|conduit|conduite|piloté|pilotée|dirigé|dirigée|arrangé|arrangée|coordonné|coordonnée)';
/** A French sentence telling a loan holds one of these nouns. */
const DEBT_WORDS_FR =
  '&&(prêt|prêts|crédit|crédits|dette|dettes|emprunt|emprunts|financement|financements|ligne|lignes)';

const POOL_LENDER = {
  type: 'FUNDED',
  source: 'src',
  target: 'topic',
  topicTarget: true,
  roundCompany: true,
  confidence: 0.55,
} as const;

export const BANK_POOL_RULES = rules([
  {
    id: 'en.funded.bank-group-led-by',
    // "from a group of banks led by A and B", "a syndicate of five lenders headed by A"
    pattern: `${AGENT_EN} ${GROUP_EN} of ~${LENDER_COUNT_WORDS} ${LENDERS_EN} ${LED_EN} by ~${BANK_DESCRIPTION_WORDS}! **src ${MONEY_WORDS_EN}`,
    ...POOL_LENDER,
  },
  {
    id: 'en.funded.bank-syndicate-led-by',
    // "provided by a bank syndicate led by A", "a lending club arranged by A and B"
    pattern: `${AGENT_EN} ${LENDING_EN} ${GROUP_EN} ${LED_EN} by ~${BANK_DESCRIPTION_WORDS}! **src ${MONEY_WORDS_EN}`,
    ...POOL_LENDER,
  },
  {
    id: 'fr.funded.bank-pool-led-by',
    // "consenti par un pool bancaire mené par A et B", "un syndicat de banques emmené par A"
    pattern: `${AGENT_FR} ${GROUP_FR} ?${BANKING_FR} ?(de) ?${LENDERS_FR} ?(régionales|régionaux|locales|locaux|françaises|français|partenaires) ${LED_FR} par ~${BANK_DESCRIPTION_WORDS}! **src ${DEBT_WORDS_FR}`,
    ...POOL_LENDER,
  },
]);

/** The ids of the rules above: their company is the article's round's. */
export const BANK_POOL_RULE_IDS: ReadonlySet<string> = new Set(BANK_POOL_RULES.map((r) => r.id));
