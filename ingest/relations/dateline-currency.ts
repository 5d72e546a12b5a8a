import type { ExtractedRelation } from '../types';

/**
 * Wire copy writes every dollar as "dlrs": in a story filed from Toronto, Sydney or Wellington the bare word is the
 * local dollar ("TORONTO, March 18 - … paying nine mln dlrs" is CAD), unless the text says U.S. dollars. The money
 * reader, which sees one sentence, took it for USD; the dateline of the story's first lines decides.
 */
const LOCAL_DOLLAR: ReadonlyArray<[RegExp, string]> = [
  [/^(TORONTO|MONTREAL|VANCOUVER|CALGARY|OTTAWA|EDMONTON|WINNIPEG|HALIFAX|QUEBEC|REGINA|SASKATOON)$/u, 'CAD'],
  [/^(SYDNEY|MELBOURNE|PERTH|BRISBANE|ADELAIDE|CANBERRA|HOBART|DARWIN)$/u, 'AUD'],
  [/^(WELLINGTON|AUCKLAND|CHRISTCHURCH)$/u, 'NZD'],
  [/^HONG KONG$/u, 'HKD'],
  [/^SINGAPORE$/u, 'SGD'],
];

/** "TORONTO, March 18 -", "EDMONTON, Alberta, June 2 -": the city of a wire dateline. */
const DATELINE =
  /(?:^|\n)\s*([A-Z][A-Z. '-]*[A-Z])(?:,\s*[A-Za-z. ]+)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+-/u;
/** Amount words that name the dollar without saying whose. */
const BARE_DOLLAR = /(?<![\p{L}.])(?:dlrs?|dollars?)(?![\p{L}])/iu;
/** Words that make it a U.S. dollar, or another named one. */
const NAMED_DOLLAR =
  /\b(?:U\.?S\.?|US\$|American|Canadian|Australian|N\.Z\.|New Zealand|Hong Kong|Singapore)\b|\bC\$|\bA\$/u;

/** The local dollar of the story's dateline, or null. */
export function datelineDollar(opening: string): string | null {
  const m = DATELINE.exec(opening);
  if (!m) return null;
  const city = m[1].trim();
  for (const [re, code] of LOCAL_DOLLAR) if (re.test(city)) return code;
  return null;
}

/** Facts whose amount is a bare "dlrs" in a story filed where the dollar is not the U.S. one get that currency. */
export function withDatelineDollar(relations: ExtractedRelation[], opening: string): ExtractedRelation[] {
  const local = datelineDollar(opening);
  if (local === null) return relations;
  for (const r of relations) {
    if (r.currency !== 'USD' || r.amountText === null) continue;
    if (!BARE_DOLLAR.test(r.amountText) || NAMED_DOLLAR.test(r.amountText)) continue;
    if (
      NAMED_DOLLAR.test(r.evidence.sentence) &&
      /U\.?S\.?\s+(?:dlrs?|dollars?)|US\$/u.test(r.evidence.sentence)
    )
      continue;
    r.currency = local;
  }
  return relations;
}
