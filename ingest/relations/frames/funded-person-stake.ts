import { NOT_QUALIFYING, OF_FR, rules } from '../rule';

/**
 * A person buying shares of a company: "Kansas oilman P told the SEC he has acquired 195,000 shares of Y, or 8.7
 * pct", "investor P said he raised his stake in Y to 6.5 pct", "l'investisseur P a porté sa participation dans Y à
 * 6 %". The stake and purchase rules take an organisation as buyer (a company buying shares may be taking control,
 * which a person's purchase is never read as here), so an individual investor's purchase was lost. GOLD-FORMAT
 * names people as investors: a minority stake bought by P is FUNDED P → Y. A sentence that gives the person a
 * majority or control is left alone (`stake: 'minority'`).
 */

/** Buying verbs (the pronoun "he"/"il" between the name and the verb is the person: units.ts folds it). */
const BUYS_EN = '(acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchasing)';
/** What a person buys of a company: shares or a part of its capital. */
const SHARE_NOUN_EN = '(shares|share|stock|stake|interest|holding|shareholding|pct|percent)';
/** Raising a holding one already has. */
const RAISES_EN = '(raised|raises|increased|increases|boosted|boosts|lifted|lifts|upped|topped)';
/** The person's own holding ("his stake"): "its stake" is a company's, read by the stake rules. */
const OWN_HOLDING_EN = '(his|her) (stake|holding|shareholding|interest|position)';
/** Most words between the person and the verb: "told the Securities and Exchange Commission he has". */
const PERSON_TO_VERB_WORDS = 10;
/** Most words between the verb and the share noun: "195,000 common", "a 5.1 pct". */
const VERB_TO_NOUN_WORDS = 6;

/** "bought their Killearn stock", "bought 132,000 Killearn common shares": the company's name before its stock. */
const NAMED_STOCK_EN = '(stock|shares)';
/**
 * The buyer said again as a pronoun right before the verb ("said they bought their Killearn stock"): with the stock
 * named before its noun the sentence may tell anyone's purchase ("said the company bought its Killearn stock").
 */
const BUYER_PRONOUN_EN = '(he|she|they)';
/** Most words between the verb and a company named before its stock ("their", "132,000"). */
const VERB_TO_NAME_WORDS = 2;

const BUYS_FR = '(acquis|acheté|achète|acquiert|racheté|rachète|pris|prend|souscrit)';
const SHARE_NOUN_FR = '(actions|action|titres|participation|%|pour|capital)';
const RAISES_FR = '(porté|porte|relevé|relève|augmenté|augmente|renforcé|renforce)';

/** Most words between the person and a verb of telling: an apposition (", a Chicago investor,"). */
const APPOSITION_WORDS = 8;
/**
 * The person is the buyer only as the clause's subject ("approached by P about a syndicate buying…", "joined with
 * investor P to buy a stake" make P no buyer), and the company is named: in a market report "increased his stake in
 * the company" points at whichever company the last line quoted.
 */
const PERSON_BUYER_CHECKS = { notOblique: 'src', namedTarget: true } as const;
/** Words the gap between the person and the verb may not cross: the purchase is a possibility or a question. */
const NOT_THE_BUYER_EN = '^(about|whether|if|possibility|possible)';

/** The person, or the people named together, told a body the purchase ("told the SEC he / they have acquired"). */
const TOLD_BODY_EN = '(told|informed|notified|advised) ?(the) ?@body ?(that) (he|she|they)';

export const PERSON_STAKE_RULES = rules([
  {
    id: 'en.funded.person-told-shares',
    type: 'FUNDED',
    pattern: `%%src ~${APPOSITION_WORDS} ${TOLD_BODY_EN} ~3 ${BUYS_EN} ~${VERB_TO_NOUN_WORDS} ${SHARE_NOUN_EN} ?(of|in) ?(the) ?(common|outstanding) ?(stock|shares) (of|in) @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
  {
    id: 'en.funded.person-buys-shares',
    type: 'FUNDED',
    pattern: `%%src ~${PERSON_TO_VERB_WORDS}${NOT_THE_BUYER_EN} ${BUYS_EN} ~${VERB_TO_NOUN_WORDS} ${SHARE_NOUN_EN} ?(of|in) ?(the) ?(common|outstanding) ?(stock|shares) (of|in) @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
  {
    id: 'en.funded.person-buys-named-stock',
    type: 'FUNDED',
    pattern: `%%src ~${PERSON_TO_VERB_WORDS}${NOT_THE_BUYER_EN} ${BUYER_PRONOUN_EN} ?(have|has|had) ${BUYS_EN} ~${VERB_TO_NAME_WORDS} @tgt ?(common|ordinary) ${NAMED_STOCK_EN} ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
  {
    id: 'en.funded.person-raises-stake',
    type: 'FUNDED',
    pattern: `%src ~${PERSON_TO_VERB_WORDS}${NOT_THE_BUYER_EN} ${RAISES_EN} ${OWN_HOLDING_EN} (in|of) @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
  {
    id: 'fr.funded.person-buys-shares',
    type: 'FUNDED',
    pattern: `%%src ~${PERSON_TO_VERB_WORDS} ${BUYS_FR} ~${VERB_TO_NOUN_WORDS} ${SHARE_NOUN_FR} ?(du|de) ?(capital) (${OF_FR}|dans|au) ?(capital) ?(de|du|d') @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
  {
    id: 'fr.funded.person-raises-stake',
    type: 'FUNDED',
    pattern: `%src ~${PERSON_TO_VERB_WORDS} ${RAISES_FR} sa (participation|part) (dans|au) ?(capital) ?(de|du|d') @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
    ...PERSON_BUYER_CHECKS,
  },
]);
