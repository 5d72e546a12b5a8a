import { rules } from '../rule';

/**
 * Money raised from a backed investor: "Coldhub raised $30 million from Sequoia-backed Arcadia Capital". The name
 * before the hyphen backs the investor (read by "en.funded.hyphen-backed-before"), it gave the company nothing:
 * the investor is the name after the compound, and the plain "raise from" rule refuses a name before one.
 */

/** Verbs of raising money (en/funded.ts imports this file, so its own list cannot be imported here). */
const RAISE =
  '(raise|raises|raised|raising|secure|secures|secured|land|lands|landed|obtain|obtains|obtained|close|closes|closed)';
/** What is raised: money or a round, not an approval. */
const MONEY_RAISED =
  '(million|millions|mln|billion|billions|bn|m|dollars|euros|pounds|funding|financing|round|capital|investment|seed|equity)';

/** Tails of a compound that makes the name before it the owner or backer of the noun after it. */
export const BACKER_TAIL_EN = '(-backed|-funded|-financed|-owned|-controlled)';

export const EN_HYPHEN_BACKER_RULES = rules([
  {
    id: 'en.funded.raise-from-backed-investor',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ?(more|less) ?than ~8! ${MONEY_RAISED} ~8! (from|including) ?(the|a|an) @!backer ${BACKER_TAIL_EN} ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
