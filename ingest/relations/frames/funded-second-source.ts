import { rules } from '../rule';

/**
 * A company told getting two kinds of money from two givers in one clause: "Y secured a £3 million loan from A and
 * a £1.2 million grant from B", "Y a obtenu un prêt de 3 M€ auprès de A et une subvention de 1 M€ auprès de B".
 * The first giver is read by the raise rules; the second stands after a second money noun that only the
 * conjunction ties to the same verb, so it is read here.
 */

/** Verbs of a company getting money. */
const GOT_EN =
  '(raised|secured|obtained|received|won|landed|got|closed|raises|secures|obtains|receives|wins|lands|gets|closes)';
/** Nouns of money a company gets. */
const MONEY_NOUN_EN =
  '(loan|loans|grant|grants|facility|facilities|investment|credit|subsidy|advance|equity|debt|financing|funding|injection|note|notes)';
const GOT_FR =
  '(obtenu|obtient|obtiendra|décroché|décroche|reçu|reçoit|recevra|bénéficie|bénéficié|levé|lève|signé)';
const MONEY_NOUN_FR =
  '(prêt|prêts|subvention|subventions|avance|avances|financement|crédit|emprunt|apport|investissement|ligne)';

export const SECOND_SOURCE_RULES = rules([
  {
    id: 'en.funded.second-money-from',
    type: 'FUNDED',
    pattern: `@tgt ~6 ${GOT_EN} ~10 from ~3! *first and ?(a|an) ~6! ${MONEY_NOUN_EN} from ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.second-money-from',
    type: 'FUNDED',
    pattern: `@tgt ~6 ${GOT_FR} ~10 (auprès) (de|d'|du|des) ~3! *first (et) ?(un|une|d') ~6! ${MONEY_NOUN_FR} ~6 (auprès) (de|d'|du|des) ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);
