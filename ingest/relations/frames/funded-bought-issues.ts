import { rules } from '../rule';

/**
 * Debt securities a company issues and named investors buy: "Y issued $120 million of convertible bonds, which
 * were bought by A and B", "Y a émis des obligations de 8 M€, achetées par A". Buying the bonds a company issues
 * lends it money (GOLD-FORMAT: an investor finances the company), unlike buying existing shares, which the stake
 * rules read. The subscribed form ("souscrites par A") is `funded-subscribers.ts`'s.
 */

/** Verbs of a company issuing or placing its own paper. */
const ISSUED =
  '(issued|issues|issue|sold|sells|placed|places|priced|prices|émis|émet|émettra|placé|place|vendu)';
/** Nouns of debt paper (not shares: a share bought may be of a stake changing hands). */
const DEBT_PAPER = '(bonds|bond|notes|note|debentures|convertibles|obligations|oc|oca|océanes)';
/** Participles of buying, English and French. */
const BOUGHT =
  '(bought|purchased|taken|acquired|snapped|achetées|achetés|acquises|acquis|rachetées|rachetés|reprises|repris)';

export const BOUGHT_ISSUE_RULES = rules([
  {
    id: 'any.funded.issued-paper-bought-by',
    type: 'FUNDED',
    pattern: `@tgt ~3! ?(has|had|have|a|avait|ont) ${ISSUED} ~8 ${DEBT_PAPER} ~6 ${BOUGHT} ?(up) (by|par) ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);
