import { rules } from './rule';
import type { Rule } from './rule';

/**
 * An interview headline that names a company's head and the rivals the talk is about ("Paysmith's CEO on taking on
 * A and B", "X's founder on how to beat A", "X's boss on facing A"): the head speaks for the company, so the rivals
 * are the company's. Only verbs of contest with the names as their object: "on beating bigger rivals to the C
 * contract" names a client, "on taking on new debt" no company.
 */

/** Heads who speak for their company in an interview. */
const HEAD =
  '(ceo|chief|boss|founder|co-founder|head|chairman|chairwoman|chair|executive|président|présidente|patron|patronne|fondateur|fondatrice|dirigeant|dirigeante)';
/** Verbs of contest whose object is a rival ("taking on", "how to beat", "facing", "sur la bataille contre"). */
const CONTEST =
  '(taking|take|takes|beating|beat|facing|face|challenging|challenge|tackling|tackle|battling|fighting|fight|outrunning|outpacing|affronter|battre|concurrencer)';

export const CHIEF_ON_RULES: Rule[] = rules([
  {
    id: 'any.competes.chief-on-rivals',
    type: 'COMPETES_WITH',
    pattern: `@a ('s|’s|') ~2! ${HEAD} ?(executive|officer) (on|sur) ?(how) ?(to|à) ${CONTEST} ?(on|up) ?(against|contre) @@b !>('s|’s)`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.55,
  },
]);
