import { compile, capturedAt, matchAll } from '../pattern';
import type { Captures, Pattern, Unit } from '../pattern';
import { NOT_QUALIFYING, readerRules, rules } from '../rule';
import { BARE_SUM_EN, BARE_SUM_FR } from './funded-sum-words';

/**
 * An investor's bet told with its sum: "A, qui avait misé 4 millions d'euros sur l'entreprise en 2019, cède …",
 * "Lowell Angels, which bet $1.5 million on the startup in 2020, sold …". `fr.funded.bets-on` reads "misé sur Y" with
 * nothing between, and asks the sentence for an investing word, since a bare "X mise sur Y" is as often reliance
 * ("mise sur Google pour …"); a sum staked on a company is an investment whatever the sentence says around it. The
 * investor may head the clause or its relative; the company may be named or pointed at ("la jeune pousse"). A
 * pointer inside the investor's own clause would stand for that clause's subject, the investor itself, so a pointed
 * company is left to the discourse (`../funded-target.ts`): the company the article is about.
 */

/** Verbs of staking money on something. */
const BETS_FR = '(misé|mise|misent|misait|misaient|parié|parie|parient|pariait)';
const BETS_EN = '(bet|bets|betting|wagered|wagers|staked|stakes)';
/** Relative pronouns and auxiliaries between the investor and its verb ("qui avait", "which had"). */
const RELATIVE = '(qui|which|that)';
const AUX = '(a|avait|ont|avaient|had|has|have)';
const ADVERB = '(déjà|notamment|aussi|également|alors|already|first|also|previously|initially)';

/** The verb, its sum and "sur" / "on", the same words for both readings of each language. */
const BET_FR = `**src ?, ?${RELATIVE} ?${AUX} ?${ADVERB} ${BETS_FR} ?${ADVERB} ${BARE_SUM_FR} ?${ADVERB} sur`;
const BET_EN = `**src ?, ?${RELATIVE} ?${AUX} ?${ADVERB} ${BETS_EN} ${BARE_SUM_EN} on`;

/** Words every sentence a bet reader can read holds (its verbs), for the rule screen. */
const BET_WORDS_FR = ['misé', 'mise', 'misent', 'misait', 'misaient', 'parié', 'parie', 'parient', 'pariait'];
const BET_WORDS_EN = ['bet', 'bets', 'betting', 'wagered', 'wagers', 'staked', 'stakes'];

/** The bets whose company is a pointer ("sur l'entreprise", "on the company"), not a name. */
function pointedBets(p: Pattern): (units: Unit[]) => Captures[] {
  return (units) =>
    matchAll(p, units).filter((caps) => {
      const u = units[capturedAt(caps, 'ptr')];
      return u?.kind === 'ent' && u.anaphor;
    });
}

const POINTED_BET_FR = compile(`${BET_FR} ?(l'|la|le) *ptr`);
const POINTED_BET_EN = compile(`${BET_EN} ?(the) *ptr`);

export const SUM_BET_RULES = rules([
  {
    id: 'fr.funded.bets-sum-on',
    type: 'FUNDED',
    pattern: `${BET_FR} ~4! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'en.funded.bets-sum-on',
    type: 'FUNDED',
    pattern: `${BET_EN} ~4! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);

export const POINTED_BET_RULES = readerRules([
  {
    id: 'fr.funded.bets-sum-on-pointer',
    type: 'FUNDED',
    read: pointedBets(POINTED_BET_FR),
    neededWords: BET_WORDS_FR,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'en.funded.bets-sum-on-pointer',
    type: 'FUNDED',
    read: pointedBets(POINTED_BET_EN),
    neededWords: BET_WORDS_EN,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
    stake: 'minority',
  },
]);
