import type { RuleSpec } from '../rule';
import { ADJ, ART, FOUNDER, LEAD_VERB, OF } from '../people-words';

/**
 * LEADS pattern rules for the helm told as a place or as a thing handed over: "Aux commandes de X depuis 2019, P",
 * "P est aux commandes de X", "X, dont le fondateur a cédé les commandes à P", "handed the reins of X to P", "Chez X, c'est P qui tient la barre". The
 * person the post is handed to heads the company; the one handing it over does not any more. Spread into
 * LEADS_RULES (../leads.ts) last, with the "under the leadership of P" rules they stand next to.
 */

/** "les commandes", "les rênes", "the reins": the helm as a thing one holds or hands over. */
const HELM = '(commandes|rênes|reins|main|direction|présidence|helm)';
/** Verbs of handing a post over ("a cédé", "passed", "a confié"). */
const HAND_OVER =
  '(cédé|cède|cédera|confié|confie|passé|passe|transmis|transmet|laissé|laisse|handed|hands|passed|passes)';
/** The helm held in a cleft ("c'est P qui tient la barre", "qui tient les rênes"). */
const HOLDS_HELM = '(tient|tiennent) (la|les) (barre|rênes|commandes|manettes|gouvernail|boutique)';
/** The helm as a place in a cleft ("c'est P qui est aux commandes"). */
const AT_HELM = '(est|reste) (aux) (commandes|manettes)';
/** The opening of the cleft: "Chez X, c'est P …, qui". */
const CHEZ_CLEFT = "(chez) @org , (c') (est) %p ~10 (qui)";
/** Copulas of being at the helm now ("est", "reste", "is"). */
const IS_AT = '(est|reste|restera|sera|demeure|is|remains|remain|will)';

export const HELM_PHRASE_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.under-titled',
    type: 'LEADS',
    // "X has been on a buying spree under chief executive P", "X, sous la houlette de son PDG P": the title is read
    // between the parties (checkRole), so "under CFO P" names no head
    pattern: `@org ~8 (under|sous) ?(its|the|new|son|sa|le|la) ~3! %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
  {
    id: 'any.leads.founder-still-chairs-fronted',
    type: 'LEADS',
    // "Fondateur de X, qu'il préside toujours, P …": the relative's verb of heading is the person's post now
    pattern: `${FOUNDER} ${OF} ${ART} @org , (qu') (il|elle) ${LEAD_VERB} ?(toujours|encore|désormais|aujourd'hui) ?, %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.at-controls-fronted',
    type: 'LEADS',
    pattern: `(aux) (commandes) ${OF} ${ART} @org ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.is-at-controls',
    type: 'LEADS',
    pattern: `%p ~3! ${IS_AT} ?(be) ?(toujours|désormais|still|now) (aux) (commandes) ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.helm-handed-whose',
    type: 'LEADS',
    // "X, dont le fondateur a cédé l'an dernier les commandes à P": the post of the relative's antecedent
    pattern: `@org , (dont|whose) ~3 %q ?, ~3 ${HAND_OVER} ~3 (les|la|the) ${HELM} ~3 (à|to) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.helm-of-handed',
    type: 'LEADS',
    pattern: `${HAND_OVER} ~2 (les|la|the) ${HELM} ${OF} ${ART} @org ~3 (à|to) %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.under-leadership',
    type: 'LEADS',
    // "X, sous la houlette de P, …", "X has grown under the leadership of P"
    pattern: `@org ~8 (sous|under) (la|the) (houlette|direction|présidence|conduite|leadership|stewardship) (de|d'|of) ?${ADJ} %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'fr.leads.cleft-holds-helm',
    type: 'LEADS',
    // "Chez X, c'est P, arrière-petite-fille du fondateur, qui tient la barre depuis 2020": the cleft names who
    // holds the helm of the company "chez" places the sentence at
    pattern: `${CHEZ_CLEFT} ${HOLDS_HELM}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'fr.leads.cleft-at-helm',
    type: 'LEADS',
    // "Chez X, c'est P qui est aux commandes"
    pattern: `${CHEZ_CLEFT} ${AT_HELM}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.under-leadership-fronted',
    type: 'LEADS',
    pattern: `(sous|under) (la|the) (houlette|direction|présidence|conduite|leadership|stewardship) (de|d'|of) %p , @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];
