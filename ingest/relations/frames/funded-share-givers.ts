import { rules } from '../rule';
import { OWNER_DESCRIBED_FR, OWNER_NAMED_TAIL, OWNER_OF_NAMED_FR } from './funded-owner-description';

/**
 * The givers of each share of one financing, told after the money in a clause without a finite verb of its own:
 * "…, le solde étant versé par le cimentier B", "un prêt de A, complété par 8 M€ apportés par B", "Skyloom secured
 * £18m, with A providing half", and the takers of the rest once a first share is told: "A took £8m of the shares,
 * with the remainder going to B and C", "B and C provided the balance", "… and B the rest", "the rest is held by
 * B", "le solde étant détenu depuis 2021 par B", "le solde appartenant au fonds B", a member named in a group
 * that put in the rest ("a group of business angels, including P, put in the rest"), a taker of the rest as the
 * subject ("B provided the balance", "la banque B a apporté le solde"). The clause's subject there took
 * the first share (`subjectTookShare`): a fellow investor, never the company. Each names an investor of the same round (GOLD-FORMAT: an
 * investor finances the company), whose company is the clause's subject or else the article's
 * (`../funded-target.ts`). A price paid in parts ("le solde du prix étant versé par l'acquéreur") is a buyer
 * paying a seller, no funding: sentences naming a price are not read.
 */

/** Nouns of the part of the money left after the first giver's share. */
const REST_FR = '(solde|reste|complément)';
/** Participles of paying in a share. */
const PAID_FR =
  '(versé|versée|versés|apporté|apportée|apportés|apportées|financé|financée|assuré|assurée|fourni|fournie|souscrit|souscrite|pris|détenu|détenus|porté|portés)';
/** Participles of the rest of a holding belonging to its holder ("le solde appartenant au fonds B"). */
const BELONGS_FR = '(appartenant|appartient|appartenait|revenant|revient)';
/** Most units of a time phrase between the participle and its giver ("depuis 2021"). */
const PAID_TO_GIVER_UNITS = 3;
/** English nouns of what is left of the money or the capital. */
const REST_EN = '(remainder|rest|balance)';
/** Participles of the rest going to its takers ("going to", "coming from", "provided by"). */
const GOING_EN = '(going|coming|provided|supplied|subscribed|taken|contributed)';
/** Verbs of a taker putting in the rest ("B provided the balance", "put in the rest"). */
const TAKES_REST_EN =
  '(provided|provide|provides|put|puts|contributed|contributes|supplied|took|take|takes|subscribed)';
/** A group of givers named by some of its members ("a group of business angels, including P"). */
const GROUP_EN = '(group|network|syndicate|handful|club)';
const GROUP_FR = '(groupe|réseau|collectif|poignée|club)';
/** Who such a group gathers. */
const MEMBERS_EN = '(angels|investors|backers|individuals|entrepreneurs|executives|shareholders)';
const MEMBERS_FR = '(angels|investisseurs|particuliers|entrepreneurs|dirigeants|actionnaires)';
/** Most words between "group of" and its members' noun ("business", "private"). */
const GROUP_NOUN_WORDS = 2;
/** Most words of a member's description ("former Kongsberg executive"). */
const MEMBER_DESCRIPTION_WORDS = 4;
/** French verbs of a taker putting in the rest ("ont apporté le solde"). */
const TAKES_REST_FR =
  '(apporté|apporte|apportent|apportera|fourni|fournit|fournissent|versé|verse|versent|souscrit|pris)';
/** Shared roles of a taker of the rest: the company of the sentence, never a subject that took the first share. */
export const REST_TAKER = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  subjectTookShare: true,
  confidence: 0.6,
} as const;
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
    pattern: `${REST_FR} ?(du) ?(capital) (étant|est|sera|a|ayant) ?été ${PAID_FR} ~${PAID_TO_GIVER_UNITS} par ~${GIVER_DESCRIPTION_WORDS} **src ${NO_PRICE_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    subjectTookShare: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.rest-paid-by-owner',
    type: 'FUNDED',
    // "le solde étant apporté en fonds propres par l'actionnaire de référence du groupe, le fonds B"
    pattern: `${REST_FR} ?(du) ?(capital) (étant|est|sera|a|ayant) ?été ${PAID_FR} ~${PAID_TO_GIVER_UNITS} par ${OWNER_DESCRIBED_FR} **src ${NO_PRICE_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    subjectTookShare: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.rest-paid-by-named-owner',
    type: 'FUNDED',
    // "le solde étant apporté par l'actionnaire de référence de Stelvia, le fonds B": B funds the company it holds
    pattern: `${REST_FR} ?(du) ?(capital) (étant|est|sera|a|ayant) ?été ${PAID_FR} ~${PAID_TO_GIVER_UNITS} par ${OWNER_OF_NAMED_FR} @tgt ${OWNER_NAMED_TAIL} **src ${NO_PRICE_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.rest-belongs-to',
    type: 'FUNDED',
    // "le solde appartenant depuis 2020 au Crédit Agricole Franche-Comté"
    pattern: `${REST_FR} ?(du) ?(capital) ${BELONGS_FR} ~${PAID_TO_GIVER_UNITS} (à|au|aux) ~${GIVER_DESCRIPTION_WORDS}! **src ${NO_PRICE_FR}`,
    ...REST_TAKER,
  },
  {
    id: 'fr.funded.group-member-takes-rest',
    type: 'FUNDED',
    // "A et un groupe de business angels, dont l'ancien banquier P, ont apporté le solde"
    pattern: `${GROUP_FR} (de|d') ~${GROUP_NOUN_WORDS} ${MEMBERS_FR} , (dont|notamment) ~${MEMBER_DESCRIPTION_WORDS} **src , ?(a|ont|avait|avaient) ?(également|aussi) ${TAKES_REST_FR} le ${REST_FR} !>(du|de) ${NO_PRICE_FR}`,
    ...REST_TAKER,
  },
  {
    id: 'fr.funded.takers-of-rest',
    type: 'FUNDED',
    // "la banque B a apporté le solde sous forme de prêt", "B et C fournissent le reste": the French telling of
    // `en.funded.takers-of-remainder` ("le reste du prix" is a buyer paying, refused as for the other takers)
    pattern: `**src ~${GIVER_DESCRIPTION_WORDS}! ?(a|ont|avait|avaient|aura|auront|va|vont) ?(également|aussi|enfin) ${TAKES_REST_FR} le ${REST_FR} !>(du|de) ${NO_PRICE_FR}`,
    ...REST_TAKER,
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
  {
    id: 'en.funded.remainder-going-to',
    type: 'FUNDED',
    // "with the remainder going to B and C", "with the rest coming from B", "the balance provided by B"
    pattern: `the ${REST_EN} ?(of) ?(the) ?(shares|notes|bonds|money|funding|round|capital) ${GOING_EN} (to|from|by) ~${GIVER_DESCRIPTION_WORDS}! **src ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
  {
    id: 'en.funded.takers-of-remainder',
    type: 'FUNDED',
    // "the Scottish National Investment Bank and angel network C provided the balance", "B put in the rest"
    pattern: `**src ~${GIVER_DESCRIPTION_WORDS}! ?(has|have|had|will|would) ?(also) ${TAKES_REST_EN} ?(in|up) the ${REST_EN} !>of ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
  {
    id: 'en.funded.group-member-takes-rest',
    type: 'FUNDED',
    // "A and a group of business angels, including former banker P, put in the rest": a member named in the
    // group's apposition gives with it (the list before the group is read by `en.funded.takers-of-remainder`)
    pattern: `${GROUP_EN} of ~${GROUP_NOUN_WORDS} ${MEMBERS_EN} , (including|notably) ~${MEMBER_DESCRIPTION_WORDS} **src , ?(has|have|had|will|would) ?(also) ${TAKES_REST_EN} ?(in|up) the ${REST_EN} !>of ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
  {
    id: 'en.funded.remainder-held-by',
    type: 'FUNDED',
    // "the rest is held by Foresight Group, which invested £15 million in 2022"
    pattern: `the ${REST_EN} (is|are|was|being) (held|owned) by ~${GIVER_DESCRIPTION_WORDS}! **src ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
  {
    id: 'en.funded.remainder-elided-verb',
    type: 'FUNDED',
    // "with A providing half and B and C the rest", "A owns 40%, B 35% and C the rest": the verb is the first taker's
    pattern: `and **src the ${REST_EN} (\\.|,|;) ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
]);
