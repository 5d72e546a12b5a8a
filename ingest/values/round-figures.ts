/**
 * Figures that sit beside a funding but are not its amount: the company's valuation ("valorisée 200 M€", "which
 * values the company at $320 million"), its total raised so far ("bringing its total funding to $52 million"), an
 * investor's size ("which manages $14 billion"). Read on the words right before and after the amount.
 */

/** Characters before an amount searched for what it measures. */
export const FIGURE_LOOKBACK_CHARS = 60;
/** Characters after an amount searched for what it measures. */
export const FIGURE_LOOKAHEAD_CHARS = 40;

const HEDGE = String.raw`(?:(?:about|around|approximately|nearly|almost|over|more than|some|roughly|up to|environ|près de|plus de|quelque)\s+)?`;

const VALUATION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:valued|valuing|values|valuation|valorisée?s?|valorisant|valorisation|valeur)(?:\s+(?:of|de|à|at|the company|the startup|the business|it|them|l['’]entreprise|la société|la start-up|la jeune pousse))*\s+${HEDGE}$`,
  'iu',
);
const TOTAL_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])total(?:\s+[\p{L}'’-]+){0,3}\s+(?:to|of|at|à|de)|(?<![\p{L}])(?:bringing|brings|taking|portant|porte)\s[^.;]{0,50}?\s(?:to|à)|(?<![\p{L}])(?:has|have)\s+(?:now\s+)?raised\s+(?:more than|over|a total of|some)|(?<![\p{L}])(?:au total|en tout|cumulés?|depuis sa création))\s+${HEDGE}$`,
  'iu',
);
const MANAGER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:manages|managing|oversees|gère|gérant|gérait|pèse|(?:fonds|funds|actifs|assets)\s+(?:totalisent|totalise|totalling|totaling|total))\s+${HEDGE}$`,
  'iu',
);
const FIGURE_AFTER =
  /^\s*(?:in\s+(?:total|all)|(?:of\s+)?(?:assets\s+)?under\s+management|d['’]actifs(?:\s+sous\s+gestion)?|sous\s+gestion|in\s+assets|au\s+total|en\s+tout|de\s+valorisation|valuation)(?![\p{L}])/iu;

/** True when the amount between `before` and `after` is a valuation, a running total or a fund's size. */
export function notTheRoundFigure(before: string, after: string): boolean {
  const b = before.slice(-FIGURE_LOOKBACK_CHARS);
  const a = after.slice(0, FIGURE_LOOKAHEAD_CHARS);
  return VALUATION_BEFORE.test(b) || TOTAL_BEFORE.test(b) || MANAGER_BEFORE.test(b) || FIGURE_AFTER.test(a);
}

/** A sentence that tells of a round being raised or joined, whose amount a later sentence about it may lend. */
const ROUND_TALK =
  /(?<![\p{L}])(?:raised|raises|raise|raising|secured|secures|closed|closes|landed|lands|levé|lève|lèvent|lever|boucl\p{L}*|obtenu|réuni\p{L}*|round|tour de table|série|series|financement|funding|investment|investissement|levée)(?![\p{L}])/iu;

export function talksOfRound(sentence: string): boolean {
  return ROUND_TALK.test(sentence);
}
