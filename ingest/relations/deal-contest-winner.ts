import { rules } from './rule';

/**
 * A bid for a company that lost to another bidder, told from the loser's side: the winner bought the company.
 * "son offre sur le nantais Y avait échoué face à la surenchère du fonds X, qui avait finalement emporté
 * l'affaire", "son offre sur Y avait été écartée au profit du suisse X, qui l'a finalement racheté", "A lost out to
 * X last year in the auction for Y", "A lost the auction for Y to X". The loser's bid alone makes no deal; French
 * needs the winner's own clause of winning or buying, English the contest noun naming the company.
 */

/** French nouns of a bid made for a company ("son offre sur Y", "sa candidature pour Y"). */
const BID_NOUN_FR = '(offre|offres|candidature|offensive|proposition)';
/** French phrases a lost bid gives way to its winner with ("face à la surenchère de X", "au profit de X"). */
const LOST_TO_FR = "(face|profit) ?(à|au|aux|de|du|d'|des)";
/** French verbs of the winner's clause: won the deal ("emporté l'affaire"), bought or took over the company. */
const WON_FR = '(emporté|remporté|racheté|rachetée|repris|reprise|acquis|acquise|raflé|raflée)';
/** English nouns of a contest for a company ("the auction for Y", "the bidding for Y"). */
const CONTEST_NOUN_EN = '(auction|bidding|race|battle|contest|tussle)';
/** English words of losing a contest to its winner. */
const LOST_EN = '(lost|loses|lose|losing)';

export const FR_CONTEST_WINNER_RULES = rules([
  {
    id: 'fr.acquired.contest-winner',
    type: 'ACQUIRED',
    // "qui avait finalement emporté l'affaire": the winner's relative clause; "l'" before the verb is the company
    pattern: `${BID_NOUN_FR} (sur|pour) ~3! @tgt ~8! ?(au) ${LOST_TO_FR} ~5 @src , qui ?(l') (a|avait) ?(finalement|ensuite|alors|depuis) ${WON_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);

export const EN_CONTEST_WINNER_RULES = rules([
  {
    id: 'en.acquired.contest-winner',
    type: 'ACQUIRED',
    // "lost out to X last year in the auction for Y"
    pattern: `${LOST_EN} out to @src ~3! in the ${CONTEST_NOUN_EN} for ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.contest-winner-after',
    type: 'ACQUIRED',
    // "lost the auction for Y to X"
    pattern: `${LOST_EN} the ${CONTEST_NOUN_EN} for ~3! @tgt to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
