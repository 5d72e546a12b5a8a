/**
 * A sum written out as the object of a funding verb, in the rule language (see ../pattern-compile.ts): a figure
 * with its scale and currency, and nothing else, so that "a $30 million contract" or "$25 million in damages" is not
 * read as money handed over. Shared by the readers of sums given, staked or taken (`funded-given-sums.ts`,
 * `funded-sum-bets.ts`, `funded-en-paper-takers.ts`).
 */

/** Words before a figure that keep it a sum ("plus de 2 millions", "about $5 million", "up to"). */
const ABOUT = "(plus|près|environ|about|nearly|almost|some|around|over|more|than|up|to|de|d')";
/** A figure as one token ("6,5", "4.5", "300 000"). */
const FIGURE = '(\\d[\\d,.\\s\\u00a0\\u202f]*)';
/** A currency sign that may stand before the figure. */
const SIGN = '(\\$|£|€|us\\$|c\\$|a\\$)';
const SCALE = '(million|millions|milliard|milliards|billion|billions|bn|m|mn|mln|k|md|mds|m€|k€|md€)';
const CURRENCY = '(euros|euro|€|dollars|dollar|pounds|pound|sterling|francs|crowns|kronor|kroner|yen)';
/** Aid nouns that may follow a French sum ("2 millions d'euros d'aides à Y"). */
const AID_FR =
  '(aides|aide|subventions|subvention|prêts|prêt|avances|avance|crédits|financement|financements)';
/** Aid nouns after an English sum's "in" ("$5 million in grants to Y"). */
const AID_EN = '(grants|grant|funding|loans|loan|subsidies|support|aid|financing)';

/** A French sum, with the aid noun it may carry. */
export const SUM_FR = `?${ABOUT} ?${ABOUT} ${FIGURE} ?${SCALE} ?(d'|de) ?${CURRENCY} ?(d'|de) ?${AID_FR}`;
/** An English sum, with the aid noun it may carry after "in". */
export const SUM_EN = `?${ABOUT} ?${ABOUT} ?${SIGN} ${FIGURE} ?${SCALE} ?${CURRENCY} ?in ?${AID_EN}`;
/** A sum alone (no aid noun): what is staked or taken. */
export const BARE_SUM_FR = `?${ABOUT} ?${ABOUT} ${FIGURE} ?${SCALE} ?(d'|de) ?${CURRENCY}`;
export const BARE_SUM_EN = `?${ABOUT} ?${ABOUT} ?${SIGN} ${FIGURE} ?${SCALE} ?${CURRENCY}`;
