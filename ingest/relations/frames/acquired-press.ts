import { rules } from '../rule';

/**
 * Press phrasings of a purchase with no buying verb: the buyer wins a sale process, files a company into its
 * holdings, or pays a price "for" the target. They run after every other deal rule of their language, so a
 * reading with a buying verb wins over them.
 */

/** Sale processes whose winner is the buyer; "race" or "battle" may be for customers, so they are left out. */
const SALE_PROCESS_EN = '(auction|bidding|sale|tender|contest)';
/** Holdings a buyer files a company into; "family" or "line-up" may hold products, so they are left out. */
const HOLDINGS_EN = '(portfolio|stable|holdings|group)';
const ADD_EN = '(added|adds|adding|add)';
/** "X said it would combine with Y": only after a word of intent, since "combined with" is also "together with". */
/** Participles of an apposition naming the subject's head or founder ("X, led by chief executive P, …"). */
const LEADER_PARTICIPLE_EN = '(led|run|headed|chaired|founded|co-founded)';
const BUY_VERB_EN = '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchased)';
/** A holder that controls a company (not "a large shareholder"). */
const MAJORITY_HOLDER_EN = '(majority|controlling) (owner|shareholder|stakeholder|investor)';
/** "X said it would combine with Y": only after a word of intent, since "combined with" is also "together with". */
const COMBINE_INTENT_EN = '(agreed|agrees|agree|will|would|plans|plan|to)';

export const EN_PRESS_DEAL_RULES = rules([
  {
    id: 'en.acquired.won-sale-process',
    type: 'ACQUIRED',
    pattern: `@src ~8 (won|wins|win|winning) the ?(final) ${SALE_PROCESS_EN} ?(process) (for|of) ?the ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.added-to-holdings',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~6 ${ADD_EN} ~5! @tgt ~3! to its ${HOLDINGS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.merged.intends-to-combine',
    type: 'MERGED_WITH',
    pattern: `@a ~6 ${COMBINE_INTENT_EN} ?to (combine|merge) with ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.subject-past-leader-apposition',
    type: 'ACQUIRED',
    mayBeMinority: true,
    // "X, led by chief executive P, agreed last month to buy Y": the apposition's person is no buyer
    pattern: `@src , ${LEADER_PARTICIPLE_EN} by ~3! *p , ~4 ${BUY_VERB_EN} ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.majority-owner-of-topic',
    type: 'ACQUIRED',
    // "Vexa, its majority owner since 2020, …": the owned company is the article's; "of Y" names another one
    pattern: `@src , ?(its|the) ${MAJORITY_HOLDER_EN} ?(since|from) ?(\\d{4}) ,`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);

/** Paying verbs; the price and "pour" must follow, so a fine or a wage is not read as a deal. */
const PAY_FR =
  '(débourser|débourse|débourseront|déboursera|débourserait|déboursé|payer|paie|paye|paiera|paieront|payé|allonger|allonge|allongera|allongé|mettre|met|mettra|mis)';
/** The verbal deal nouns whose agent follows "par" ("le rachat, annoncé en mars, de Y par X"). */
const DEAL_NOUN_FR = '(rachat|acquisition|reprise|absorption)';

export const FR_PRESS_DEAL_RULES = rules([
  {
    id: 'fr.acquired.pays-for',
    type: 'ACQUIRED',
    needsMoney: true,
    // "mettre N sur la table pour Y" is the same idiom; the gap after "pour" is strict so "pour solder …" fails
    pattern: `@src ~8 ${PAY_FR} ~8! pour ?(s'offrir|racheter|acquérir|reprendre) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.noun-interrupted',
    type: 'ACQUIRED',
    pattern: `${DEAL_NOUN_FR} , ~6! , (de|du|des|d') ~3! @tgt ~3! par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.majority-holder-of-topic',
    type: 'ACQUIRED',
    // "Vexa, actionnaire majoritaire depuis 2020, …": the company held is the article's (no "de Y" follows)
    pattern: `@src , ?(son|l') (actionnaire|propriétaire) (majoritaire|unique) ?(historique) ?(depuis|en) ?(\\d{4}) ,`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);
