import type { RuleSpec } from '../rule';
import { OF, ART } from '../people-words';
import { STAKE_PHRASE_STOPS, STAKE_PHRASE_VERBS } from '../anaphora-stake-then-post';

/**
 * LEADS of a seller or founder told to keep, sell or roll over a stake and, in a second verb phrase, to stay at the
 * head: "Ce dernier conserve 30 % des parts et reste président de l'entreprise", "P cède 70 % du capital et
 * restera directeur général de la société", "P will retain a 20% stake and remain chief executive of the company".
 * any.leads.is-title wants the staying verb right after the person; the stake phrase and its "et/and" hide it.
 * The post must be of a company ("de l'entreprise", "of the firm"), as any.leads.is-title asks. Pattern specs spread
 * into LEADS_RULES (../leads.ts).
 */

/** Verbs of staying in (or taking now) a post in the second verb phrase; a post to come ("deviendra") is no head. */
const STAYS = '(reste|restera|demeure|demeurera|devient|remains|remain|stays|stay|becomes)';
/** Most words of the stake phrase before "et/and" ("une participation minoritaire de 30 % du capital"). */
const MAX_STAKE_WORDS = 8;
/** Most words of the title between the staying verb and "de/of" ("président du conseil de surveillance"). */
const MAX_TITLE_WORDS = 6;

export const STAKE_THEN_POST_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.stake-then-post',
    type: 'LEADS',
    pattern: `%p ?(will) ${STAKE_PHRASE_VERBS} ~${MAX_STAKE_WORDS}^${STAKE_PHRASE_STOPS} (et|and) ?(will) ${STAYS} ?(on) ?(as) ~${MAX_TITLE_WORDS}! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
];
