import { rules } from '../rule';

/**
 * A borrower told as the subject of a verb of taking a loan, its lender after "from" / "de" / "auprès de": "Kinetra
 * drew down a $10 million term loan from Hercules Capital", "X secured a €20m credit facility from A", "X a obtenu
 * un prêt de 800 000 euros de Bpifrance", "X a contracté un emprunt de 5 M€ auprès de A". The lender funds the
 * borrower (GOLD-FORMAT, loan convention); without the subject the lender rules guess the article's company, which
 * may be another name of the story.
 */

/** Verbs of taking a loan, any tense; "drew down", "took out" take their particle after. */
const BORROWS_EN =
  '(drew|draws|draw|drawn|drawing|secured|secures|secure|securing|obtained|obtains|obtain|took|takes|taken|received|receives|landed|lands|arranged|arranges|closed|closes)';
/** Nouns of lent money. */
const LOAN_EN = '(loan|loans|debt|credit|facility|facilities|borrowing|venture-debt)';
/** French verbs of taking a loan (participle after the auxiliary, or a present). */
const BORROWS_FR =
  '(obtenu|obtient|obtiendra|décroché|décroche|contracté|contracte|souscrit|bénéficié|bénéficie|reçu)';
/** French nouns of lent money. */
const LOAN_FR = '(prêt|prêts|emprunt|emprunts|crédit|crédits|dette|avance)';
/** Words one of which a sentence telling a loan in money holds. */
const MONEY_WORDS = '&&(million|millions|mln|billion|billions|bn|m|milliards|euros|M€|€)';

export const BORROWER_VERB_RULES = rules([
  {
    id: 'en.funded.borrower-takes-loan-from',
    type: 'FUNDED',
    pattern: `@tgt ~3! ${BORROWS_EN} ?(down|out|on) ~6 ${LOAN_EN} ?(line|facility) (from|with) ~3! **src ${MONEY_WORDS}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.borrower-takes-loan-from',
    type: 'FUNDED',
    pattern: `@tgt ~4! ${BORROWS_FR} ~8 ${LOAN_FR} ~8 (auprès|de|d'|du|des) ?(de|d'|du|des) ~3! **src ${MONEY_WORDS}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
]);
