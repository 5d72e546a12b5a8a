import { rules } from '../rule';

/**
 * The givers of each share of one financing, told after the money in a clause without a finite verb of its own:
 * "…, le solde étant versé par le cimentier B", "un prêt de A, complété par 8 M€ apportés par B", "Skyloom secured
 * £18m, with A providing half". Each names an investor of the same round (GOLD-FORMAT: an
 * investor finances the company), whose company is the clause's subject or else the article's
 * (`../funded-target.ts`). A price paid in parts ("le solde du prix étant versé par l'acquéreur") is a buyer
 * paying a seller, no funding: sentences naming a price are not read.
 */

/** Nouns of the part of the money left after the first giver's share. */
const REST_FR = '(solde|reste|complément)';
/** Participles of paying in a share. */
const PAID_FR =
  '(versé|versée|versés|apporté|apportée|apportés|apportées|financé|financée|assuré|assurée|fourni|fournie|souscrit|souscrite|pris)';
/** Present participles of giving a share ("with A providing half"). */
const GIVING_EN = '(providing|contributing|supplying|putting|investing|injecting|committing)';
/** What a first share is: a fraction or an amount ("half", "$9 million"). */
const SHARE_EN =
  '(half|third|two-thirds|quarter|majority|bulk|most|million|millions|mln|m|billion|bn|pounds|euros|dollars)';
/** Most units between the giving word and its share ("up about $9 million"). */
const GIVING_TO_SHARE_UNITS = 4;
/** Most words of a giver's description ("le cimentier", "Norway's state-backed investor"). */
const GIVER_DESCRIPTION_WORDS = 3;
/** Most units between "complété par" and the participle of the added money ("8 millions d'euros"). */
const ADDED_MONEY_UNITS = 6;
/** A price told in parts is the buyer's payment to a seller. */
const NO_PRICE_FR = '!!(prix|earn-out|cédant|cédants|vendeur|vendeurs)';
const NO_PRICE_EN = '!!(price|consideration|earn-out|earnout|seller|sellers)';
/** The sentence tells raising money. */
const FUNDING_EN =
  '&&(raised|raises|raise|secured|secures|round|funding|financing|investment|investors|capital|equity)';

export const SHARE_GIVER_RULES = rules([
  {
    id: 'fr.funded.rest-paid-by',
    type: 'FUNDED',
    pattern: `${REST_FR} (étant|est|sera|a|ayant) ?été ${PAID_FR} par ~${GIVER_DESCRIPTION_WORDS} **src ${NO_PRICE_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.completed-by-money-of',
    type: 'FUNDED',
    pattern: `(complété|complétée|complétés|complétées) par ~${ADDED_MONEY_UNITS} (euros|€|m€|dollars) ${PAID_FR} par ~${GIVER_DESCRIPTION_WORDS} **src ${NO_PRICE_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.with-giver-providing',
    type: 'FUNDED',
    pattern: `with ~${GIVER_DESCRIPTION_WORDS}! **src ${GIVING_EN} ?(up|in) ~${GIVING_TO_SHARE_UNITS} ${SHARE_EN} ${FUNDING_EN} ${NO_PRICE_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);
