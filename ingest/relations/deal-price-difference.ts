/**
 * An amount followed by a comparison measures a gap between two prices, not a price: "for 12.8 mln dlrs more
 * than Alleghany is scheduled to pay", "5 M€ de plus que l'offre rivale", "2 mln dlrs below the first bid".
 * Read on the text right after the amount.
 */
const DIFFERENCE_AFTER =
  /^\s*(?:(?:more|less|higher|lower|above|below)\s+than\b|(?:above|below)\s+(?:the|its|their|a|an|what)\b|de\s+(?:plus|moins)\s+(?:que|qu['’]|par\s+rapport)|(?:au-dessus|au-dessous|en\s+dessous)\s+d)/iu;

export function priceDifference(textAfterAmount: string): boolean {
  return DIFFERENCE_AFTER.test(textAfterAmount);
}
