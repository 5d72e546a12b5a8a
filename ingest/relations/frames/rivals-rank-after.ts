import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';

/**
 * A rank told against the one firm ahead of it with "after" / "après" rather than "behind" / "derrière": "X is the
 * world's second-largest brewer after B", "X, Europe's No. 2 robot maker after B", "X, deuxième fabricant européen
 * de robots après B", "X est le numéro deux du secteur, après B". The ranked firm and the one before it are rivals
 * of one market. "After" is also a word of time ("its second acquisition after buying B"), so only a rank that can
 * only be a market's opens the rule: an ordinal superlative ("second-largest", "third biggest"), a numbered place
 * ("No. 2", "numéro deux"), or a French ordinal before a noun of a trade's players ("deuxième fabricant"). The
 * ranked firm must follow "after" at once, and a ranking of holders or deals ("second-largest shareholder after B")
 * is refused by `../rival-holder-rank-guard.ts`.
 */

/** An English ordinal superlative, one word ("second-largest") — a rank that is a market's only. */
const EN_ORDINAL_SUPERLATIVE = '((second|third|fourth|fifth)-(largest|biggest))';
/** The same in two words ("second largest"). */
const EN_ORDINAL = '(second|third|fourth|fifth)';
const EN_SUPERLATIVE = '(largest|biggest)';
/** A numbered place ("No. 2", "number three"). */
const NUMBERED = '(no\\.|number|numéro) (2|3|4|two|three|four|deux|trois|quatre)';
/** French ordinals of a place in a market. */
const FR_ORDINAL = '(deuxième|troisième|quatrième|cinquième|second|seconde)';
/** Size adjectives between a French ordinal and its noun ("deuxième plus grand", "troisième grand"). */
const FR_SIZE = '?(plus) ?(grand|grands|gros|important|importants)';
/** Nouns of a trade's players after a French ordinal ("deuxième fabricant", "troisième acteur"). */
const FR_PLAYER_NOUN =
  '(acteur|acteurs|fabricant|fabricants|producteur|producteurs|constructeur|constructeurs|groupe|groupes|opérateur|opérateurs|éditeur|éditeurs|distributeur|distributeurs|assureur|assureurs|banque|banques|brasseur|brasseurs|transporteur|transporteurs|laboratoire|laboratoires|enseigne|enseignes|marque|marques|réseau|réseaux|exploitant|exploitants|industriel|industriels|spécialiste|spécialistes|chimiste|sidérurgiste|armateur|armateurs|courtier|courtiers|loueur|loueurs|équipementier|équipementiers)';
/**
 * A deal noun right after the name: "after B" is then a time ("No. 4 container line after Rigasea deal", "numéro
 * deux après le rachat de B" is read elsewhere), not the firm ranked ahead.
 */
const DEAL_NOUN_AFTER =
  '!>(deal|deals|acquisition|purchase|merger|takeover|buyout|tie-up|rachat|fusion|reprise|opération|accord)';
/** Words allowed between the rank and "after": the trade and where ("brewer in Europe", "robot maker by sales"). */
const RANK_TO_AFTER = 8;
/** Words allowed between the ranked firm and its rank ("X is the world's", "X, Europe's"). */
const FIRM_TO_RANK = 10;

export const RANK_AFTER_RULES: Rule[] = rules([
  {
    id: 'any.competes.rank-after',
    type: 'COMPETES_WITH',
    // "X is the world's second-largest brewer after B"
    pattern: `@a ~${FIRM_TO_RANK} ${EN_ORDINAL_SUPERLATIVE} ~${RANK_TO_AFTER} after @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.rank-after-spaced',
    type: 'COMPETES_WITH',
    // "X is the second biggest robot maker in Europe after B"
    pattern: `@a ~${FIRM_TO_RANK} ${EN_ORDINAL} ${EN_SUPERLATIVE} ~${RANK_TO_AFTER} after @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.numbered-after',
    type: 'COMPETES_WITH',
    // "X, Europe's No. 2 robot maker after B", "X est le numéro deux européen des robots, après B"
    pattern: `@a ~${FIRM_TO_RANK} ${NUMBERED} ~${RANK_TO_AFTER} (after|après) @@b ${NOT_QUALIFYING} ${DEAL_NOUN_AFTER}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.rank-apres',
    type: 'COMPETES_WITH',
    // "X, deuxième fabricant européen de robots après B", "X est le troisième plus grand assureur après B"
    pattern: `@a ~${FIRM_TO_RANK} ${FR_ORDINAL} ${FR_SIZE} ${FR_PLAYER_NOUN} ~${RANK_TO_AFTER} après @@b ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
]);
