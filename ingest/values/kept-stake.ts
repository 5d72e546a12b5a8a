/**
 * A share the seller keeps, told beside the sale in a participle ("tout en conservant 15 % du capital", "keeping a
 * 10% stake", "while retaining 20 per cent"): it is the seller's remaining holding, not the share that changed
 * hands, so a sale of control with a kept minority is no minority purchase.
 */
const KEPT_SHARE_RE =
  /(?<![\p{L}\p{N}])(?:(?:tout\s+)?en\s+(?:conservant|gardant)|(?:while\s+)?(?:keeping|retaining|holding\s+on\s+to))\s+(?:(?:about|around|some|roughly|environ|près\s+de|a|an|its|their|his|her|sa|son|ses|leur|leurs|une?|encore)\s+){0,3}(?:participation\s+de\s+|stake\s+of\s+)?(\d{1,3}(?:[.,]\d+)?\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b))/giu;

/** The text with every kept share's figure blanked (same length, so offsets hold). */
export function withoutKeptShares(text: string): string {
  return text.replace(KEPT_SHARE_RE, (whole: string, figure: string) => {
    const at = whole.length - figure.length;
    return whole.slice(0, at) + ' '.repeat(figure.length);
  });
}
