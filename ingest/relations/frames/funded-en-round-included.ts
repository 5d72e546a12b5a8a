import { rules } from '../rule';

/**
 * Investors told as members of the round just told, or as having backed "the company" the article is about: "The
 * round also included A and B", "the financing featured A", "The round also drew A, as well as returning backers B
 * and C", "A and B also invested in the company". The company is
 * the article's (a topic rule): reading "the company" as a pointer let it land on the first name of the list itself.
 */

/** Nouns of the round or of a share of it. */
const ROUND_EN = '(round|financing|funding|raise|tranche|series)';
/** Verbs saying who the round was made of. */
const INCLUDED_EN = '(included|includes|include|featured|features|drew|draws|attracted|attracts)';
/** Verbs of backing a company, in the past or present perfect. */
const BACKED_EN = '(invested|participated|reinvested|co-invested)';
/** Most words of an aside on the first member before "as well as" ("which is making its first … investment"). */
const ASIDE_WORDS = 14;
/** Words saying an investor of the round backed the company before ("returning backers B and C"). */
const HOLDER_ROLE_EN = '(returning|existing|previous|current|earlier|other)';
/** Nouns of investors before their names. */
const HOLDER_NOUN_EN = '(backers|backer|investors|investor|shareholders|shareholder)';
/** Company nouns the article's company is called by. */
const COMPANY_EN = '(company|firm|startup|start-up|business|group|maker)';

export const EN_ROUND_INCLUDED_RULES = rules([
  {
    id: 'en.funded.round-also-included',
    type: 'FUNDED',
    pattern: `(the|this|that) ${ROUND_EN} ?(round) ?(has|had|also) ?(also) ${INCLUDED_EN} ?(money|capital|investment|investments|cash) ?(from) ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    // "the round" is the article's own, whatever company the paragraph before named
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.round-included-after-aside',
    type: 'FUNDED',
    // "The round also included A, the venture arm of the Danish shipping group, and B": the aside breaks the list
    pattern: `(the|this|that) ${ROUND_EN} ?(round) ?(has|had|also) ?(also) ${INCLUDED_EN} ?(money|capital|investment|investments|cash) ?(from) ~2! **first , ~10 , and ~2! **src (\\.|,|;)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.round-included-as-well-as',
    type: 'FUNDED',
    // "The round also drew A, which is making its first investment there, as well as returning backers B and C"
    pattern: `(the|this|that) ${ROUND_EN} ?(round) ?(has|had|also) ?(also) ${INCLUDED_EN} ?(money|capital|investment|investments|cash) ?(from) ~3! **first ~${ASIDE_WORDS} , as well as ?(its|their) ?${HOLDER_ROLE_EN} ?${HOLDER_NOUN_EN} ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.also-invested-in-company',
    type: 'FUNDED',
    pattern: `**src ~3! ?(have|has|had) (also|too|both) ?(have|has|had) ${BACKED_EN} in (the|it) ?${COMPANY_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);
