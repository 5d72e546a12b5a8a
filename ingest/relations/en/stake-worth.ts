/**
 * Wire copy prices a stake between the stake noun and its company: "took a 25 pct stake worth five mln krone in
 * Y", "bought a stake valued at about 40 mln dlrs in Y". The stake rules read "stake in Y" and lost the company
 * behind the price. Each word is optional but drawn from its own small class, so only a price phrase fits
 * ("stake worth 5 mln dlrs", "stake valued at 12.5 billion yen"), never a clause.
 */

/** The verbs that open a stake's price. */
const PRICE_OPENERS = '(worth|valued|costing)';
/** "valued at", "worth about": the words that may stand before the number. */
const PRICE_HEDGES = '(at|about|around|some|nearly|almost|roughly|approximately|over|more|than|up|to)';
/** A figure as wire copy writes it: digits with separators, or a spelled small number. */
const PRICE_FIGURE =
  '([\\d][\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)';
/** Scale words after the figure. */
const PRICE_SCALES = '(mln|million|millions|billion|billions|bln|thousand)';
/** Currency words of the wire and the press ("dlrs", "krone", "stg"); a country adjective may precede them. */
const PRICE_CURRENCIES =
  '(dlrs|dlr|dollars|dollar|stg|sterling|pounds|pound|yen|krone|kroner|kronor|crowns|marks|francs|guilders|lire|pesetas|schillings|rand|ringgit|euros|euro)';
const PRICE_QUALIFIERS =
  '(u.s.|us|canadian|australian|danish|norwegian|swedish|swiss|french|belgian|hong|kong|singapore|new|zealand|n.z.)';

/** The optional price phrase a stake rule places between "stake" and "in". */
export const STAKE_PRICE_EN = [
  `?${PRICE_OPENERS}`,
  `?${PRICE_HEDGES}`,
  `?${PRICE_HEDGES}`,
  `?${PRICE_FIGURE}`,
  `?${PRICE_SCALES}`,
  `?${PRICE_QUALIFIERS}`,
  `?${PRICE_QUALIFIERS}`,
  `?${PRICE_CURRENCIES}`,
].join(' ');
