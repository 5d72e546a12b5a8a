import { rules } from '../rule';
import { REST_TAKER } from './funded-share-givers';

/**
 * The givers of the rest of a financing told in a passive clause whose subject is the rest, with the rest's own
 * words between it and the verb: "The rest of the equity, £18 million, was put up by A, the vehicle of a Swiss
 * family, and by returning backer B", "Le reste des fonds propres, soit 18 M€, a été apporté par A et par B". The
 * rules of `funded-share-givers.ts` read the rest told right before its verb ("le solde étant versé par B", "with
 * the remainder going to B"); here the rest may carry its complement and its sum in an aside. As there, the
 * subject that took the first share is a fellow investor (`subjectTookShare`), and a price paid in parts is no
 * funding.
 */

/** Nouns of the part of the money left after a first share. */
const REST_EN = '(remainder|rest|balance)';
const REST_FR = '(solde|reste|complément)';
/** Most units between the rest noun and its auxiliary ("of the equity, £18 million,"). */
const REST_TO_VERB_UNITS = 8;
/** Auxiliaries of the passive. */
const AUX_EN = '(was|were|is|are|will|has|have|had)';
const AUX_FR = '(a|ont|est|sont|sera|seront|avait|avaient)';
/** Participles of putting the money in. */
const PROVIDED_EN = '(put|provided|supplied|contributed|subscribed|taken|covered|financed|funded|raised)';
const PROVIDED_FR =
  '(apporté|apportée|apportés|apportées|versé|versée|versés|souscrit|souscrite|souscrits|fourni|fournie|financé|financée|couvert|couverte|pris)';
/** Most words of the first giver's description ("returning backer", "le fonds régional"). */
const GIVER_DESCRIPTION_WORDS = 3;
/** A price told in parts is the buyer's payment to a seller. */
const NO_PRICE_EN = '!!(price|consideration|earn-out|earnout|seller|sellers)';
const NO_PRICE_FR = '!!(prix|earn-out|cédant|cédants|vendeur|vendeurs)';

export const REST_PROVIDER_RULES = rules([
  {
    id: 'en.funded.rest-put-up-by',
    type: 'FUNDED',
    pattern: `the ${REST_EN} ~${REST_TO_VERB_UNITS} ${AUX_EN} ?(be|been) ${PROVIDED_EN} ?(up|in) by ~${GIVER_DESCRIPTION_WORDS}! **src ${NO_PRICE_EN}`,
    ...REST_TAKER,
  },
  {
    id: 'fr.funded.rest-put-up-by',
    type: 'FUNDED',
    pattern: `(le|la) ${REST_FR} ~${REST_TO_VERB_UNITS} ${AUX_FR} ?(été) ${PROVIDED_FR} par ~${GIVER_DESCRIPTION_WORDS}! **src ${NO_PRICE_FR}`,
    ...REST_TAKER,
  },
]);
