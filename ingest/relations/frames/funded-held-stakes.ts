import { NOT_MARKET_AHEAD, rules } from '../rule';

/**
 * A minority stake told as held rather than taken: "le fonds détient depuis 2021 une participation minoritaire dans
 * le fabricant Y", "il détient depuis l'an dernier 15 % du distributeur Y". A holding of half or more is control and
 * is left to the purchase rules (`stake: 'minority'`), and a share of a market ("20 % du marché, devant Y") is none.
 */

/** Verbs of holding shares. */
const HOLDS_FR = '(détient|détiennent|détenait|détenaient|possède|possèdent|possédait|possédaient)';
/** What is held: a stake or a share of the capital. */
const STAKE_FR = '(participation|participations|part|parts|%|pour|titres|actions)';
/** Most words from the verb to the stake noun ("depuis l'an dernier une participation", "depuis 2021 15"). */
const HOLDS_TO_STAKE_WORDS = 6;

export const FR_HELD_STAKE_RULES = rules([
  {
    id: 'fr.funded.holds-stake',
    type: 'FUNDED',
    pattern: `@@src ?(,) ?(qui) ?(aussi|également|déjà|encore) ${HOLDS_FR} ~${HOLDS_TO_STAKE_WORDS} ${STAKE_FR} ?(cent) ?(minoritaire|minoritaires) ~3! (dans|de|du|d') ${NOT_MARKET_AHEAD} ~4^(,) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);
