import { rules } from './rule';

/**
 * A deal noun whose buyer comes before the company bought, each with its preposition: "le projet de rachat par X
 * de son concurrent Y", "l'acquisition par X du lyonnais Y", "the proposed takeover by X of its rival Y", "the
 * acquisition by X of Y". The order "le rachat de Y par X" is `fr.acquired.nominal`; the status (a deal blocked,
 * abandoned or only planned) is the modality reader's, as for any deal noun.
 */

/** French deal nouns that take "par X" then "de Y". */
const DEAL_NOUN_FR = '(rachat|acquisition|reprise|absorption|fusion-absorption)';
/** English deal nouns that take "by X" then "of Y". */
const DEAL_NOUN_EN = '(acquisition|takeover|purchase|buyout)';

export const FR_AGENT_FIRST_DEAL_RULES = rules([
  {
    id: 'fr.acquired.nominal-agent-first',
    type: 'ACQUIRED',
    pattern: `${DEAL_NOUN_FR} par ~2! @src (de|du|d'|des) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);

export const EN_AGENT_FIRST_DEAL_RULES = rules([
  {
    id: 'en.acquired.nominal-agent-first',
    type: 'ACQUIRED',
    pattern: `${DEAL_NOUN_EN} by ~2! @src of ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
