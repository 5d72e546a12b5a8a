import { rules } from '../rule';

/**
 * A holder named in apposition to the company's holder noun: "Aeroskarn's largest shareholder, private equity firm
 * A, sold part of its 41% stake", "Y's main investor, A, led a round", "l'actionnaire historique de Y, le fonds A,
 * …". Being among a company's shareholders is having funded it (GOLD-FORMAT: a minority stake); a majority holder,
 * owner or parent is control (no such noun is read), and a stake above half is left to the purchase rules
 * (`stake: 'minority'`).
 */

/** Adjectives of a holder that say nothing of control. */
const RANK_EN =
  '(largest|biggest|main|top|early|earliest|first|existing|lead|second-largest|principal|major|key|long-time|longtime|anchor|cornerstone)';
const HOLDER_EN = '(shareholder|investor|backer|stakeholder|holder)';
const RANK_FR = '(historique|minoritaire|financier|premier|fondateur)';
const HOLDER_FR = '(actionnaire|investisseur)';
/**
 * A takeover's words: there the target's largest holder is told tendering or backing the deal, a party of the sale
 * the gold leaves to the deal (three of four such sentences of the dev gold carry no FUNDED).
 */
const NOT_A_TAKEOVER_EN = '!!(tender|tendered|tendering|deal|offer|takeover|bid)';
const NOT_A_TAKEOVER_FR = '!!(offre|opa|rachat|cession|reprise|apporter|apportera)';

export const EN_POSSESSED_HOLDER_RULES = rules([
  {
    id: 'en.funded.possessed-holder',
    type: 'FUNDED',
    pattern: `@tgt ('s|’s) ?${RANK_EN} ?(single|outside|institutional|financial) ${HOLDER_EN} , ~4! **src (,|\\() ${NOT_A_TAKEOVER_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

export const FR_POSSESSED_HOLDER_RULES = rules([
  {
    id: 'fr.funded.holder-of-apposed',
    type: 'FUNDED',
    pattern: `(l'|le|son) ?(premier) ${HOLDER_FR} ${RANK_FR} (de|d'|du) @tgt , ~4! **src (,|\\() ${NOT_A_TAKEOVER_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);
