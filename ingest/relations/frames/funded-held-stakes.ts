import { NOT_MARKET_AHEAD, NOT_QUALIFYING, rules } from '../rule';

/**
 * A minority stake told as held rather than taken: "le fonds détient depuis 2021 une participation minoritaire dans
 * le fabricant Y", "il détient depuis l'an dernier 15 % du distributeur Y". A holding of half or more is control and
 * is left to the purchase rules (`stake: 'minority'`), and a share of a market ("20 % du marché, devant Y") is none.
 * In English a holding told in a main clause ("A owns 37 pct of Y") is a holding reported, which the real gold
 * leaves out, unless the sentence dates it to an investment: "A has held a 9.9% stake in Y since 2023, when it
 * invested $10 million".
 */

/** Verbs of holding shares. */
const HOLDS_FR = '(détient|détiennent|détenait|détenaient|possède|possèdent|possédait|possédaient)';
/** What is held: a stake or a share of the capital. */
const STAKE_FR = '(participation|participations|part|parts|%|pour|titres|actions)';
/** Most words from the verb to the stake noun ("depuis l'an dernier une participation", "depuis 2021 15"). */
const HOLDS_TO_STAKE_WORDS = 6;

/** Most plain words of the subject's first predicate before "et détient" ("réalise 90 M€ de chiffre d'affaires"). */
const FIRST_PREDICATE_WORDS = 12;
/** Words that open a clause of another subject inside the first predicate. */
const NEW_SUBJECT_FR = '(qui|que|dont|il|elle|ils|elles|lui|son|sa|ses|leur)';

export const FR_HELD_STAKE_RULES = rules([
  {
    id: 'fr.funded.holds-stake',
    type: 'FUNDED',
    pattern: `@@src ?(,) ?(qui) ?(aussi|également|déjà|encore) ${HOLDS_FR} ~${HOLDS_TO_STAKE_WORDS} ${STAKE_FR} ?(cent) ?(minoritaire|minoritaires) ~3! (dans|de|du|d') ${NOT_MARKET_AHEAD} ~4^(,) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.and-holds-stake',
    type: 'FUNDED',
    // "X réalise 90 M€ de chiffre d'affaires et détient déjà des participations dans A et dans B": the holding told
    // as the subject's second verb; the first predicate names no company (a plain-word gap), nor a new subject
    pattern: `@src ~${FIRST_PREDICATE_WORDS}^${NEW_SUBJECT_FR} et ?(aussi|également|déjà|encore) ${HOLDS_FR} ~${HOLDS_TO_STAKE_WORDS} ${STAKE_FR} ?(cent) ?(minoritaire|minoritaires) ~3! (dans|de|du|d') ${NOT_MARKET_AHEAD} ~4^(,) @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

/** Verbs of holding a stake over time. */
const HELD_EN = '(held|owned|kept|retained|holds|owns)';
/** What is held. */
const STAKE_EN = '(stake|interest|holding|shareholding)';
/** Verbs of the investment that opened the holding ("when it invested", "when it first bought in"). */
const INVESTED_EN = '(invested|bought|acquired|took|led|joined|backed|subscribed|injected|put)';
/** Most units of the date after "since" ("2023", "early 2021", "its Series A in 2022"). */
const SINCE_DATE_UNITS = 6;

export const EN_HELD_STAKE_RULES = rules([
  {
    id: 'en.funded.held-stake-since-invested',
    type: 'FUNDED',
    pattern: `@@src ?(has|have|had) ?(also|long) ${HELD_EN} ~5! ${STAKE_EN} in ~3! @tgt ${NOT_QUALIFYING} since ~${SINCE_DATE_UNITS}! , when (it|they|the) ?(company|group|fund|firm) ?(first) ${INVESTED_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);
