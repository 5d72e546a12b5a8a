import { SPELLED_NUMBERS } from './number-words';

/** An amount of money found in a sentence. */
export interface Money {
  amount: number | null;
  currency: string | null;
  /** As written ("14 millions d'euros", "527 mln dlrs", "undisclosed"). */
  text: string;
  start: number;
  end: number;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  billions: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  trillion: 1e12,
};

const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:d['’]\s*)?(?:euros?|eur|€)/i, 'EUR'],
  [/^(?:de\s+)?(?:dollars?\s+(?:canadiens?|can)|canadian\s+(?:dlrs?|dollars?)|c\$)/i, 'CAD'],
  [/^(?:australian\s+(?:dlrs?|dollars?)|a\$)/i, 'AUD'],
  [/^u\.s\.\s+(?:dlrs?|dollars?)/i, 'USD'],
  [/^(?:n\.z\.|new\s+zealand)\s+(?:dlrs?|dollars?)/i, 'NZD'],
  [/^(?:hong\s+kong|h\.k\.)\s+(?:dlrs?|dollars?)/i, 'HKD'],
  [/^singapore\s+(?:dlrs?|dollars?)/i, 'SGD'],
  [/^ringgit/i, 'MYR'],
  [/^rand/i, 'ZAR'],
  [/^(?:de\s+)?(?:dollars?|dlrs?|usd|us\$|\$)/i, 'USD'],
  [/^(?:stg|sterling|pounds?(?:\s+sterling)?|livres?(?:\s+sterling)?|gbp|£)/i, 'GBP'],
  [/^(?:swiss\s+francs?|francs?\s+suisses?|chf|sfr)/i, 'CHF'],
  [/^(?:belgian\s+francs?|francs?\s+belges?|bfr)/i, 'BEF'],
  [/^(?:french\s+francs?|francs?(?:\s+français)?|ffr)/i, 'FRF'],
  [/^(?:yen|¥|jpy)/i, 'JPY'],
  [/^(?:marks?|deutsche\s+marks?|dm|dmk)/i, 'DEM'],
  [/^(?:guilders?|florins?|dfl)/i, 'NLG'],
  [/^(?:lire|lira)/i, 'ITL'],
  [/^(?:danish\s+(?:crowns?|kroner)|couronnes?\s+danoises?|dkr|dkk)/i, 'DKK'],
  [/^(?:norwegian\s+(?:crowns?|kroner)|couronnes?\s+norvégiennes?|nkr|nok)/i, 'NOK'],
  [/^(?:czech\s+(?:crowns?|korun\p{L}*)|couronnes?\s+tchèques?|czk)/iu, 'CZK'],
  [/^(?:swedish\s+(?:crowns?|kronor)|crowns?|kronor|krona|couronnes?|skr|sek)/i, 'SEK'],
];

const NUMBER_WORDS: Record<string, number> = {
  ...SPELLED_NUMBERS,
  a: 1,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
};

/** "1,3" (French decimal), "8,500,000" (English thousands), "2.5", "500 000". */
function parseNumber(raw: string, lang: 'fr' | 'en'): number {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (NUMBER_WORDS[s.toLowerCase()] !== undefined) return NUMBER_WORDS[s.toLowerCase()];
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !(lang === 'fr' && /^\d{1,3},\d{3}$/.test(s) && false)) {
    return Number(s.replace(/,/g, ''));
  }
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(s) && lang === 'fr') return Number(s.replace(/\./g, ''));
  return Number(s);
}

const NUM = String.raw`(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|a|un|deux|trois|quatre|cinq|dix)`;
const SCALE_RE = String.raw`(?:\s*(k|mln|mn|mio|m|md|mds|mrds?|bn|bln|thousand|mille|millions?|milliards?|billions?|trillion)\b(?:\.(?=\s*\p{Ll}))?)?`;
/** Symbols and the FT's Nordic and Swiss prefixes ("SKr3.1bn", "DKr410m", "SFr2bn"). */
const PREFIX_CUR = String.raw`(US\$|C\$|A\$|\$|€|£|¥|SKr|DKr|NKr|SFr)`;
const SUFFIX_CUR = String.raw`\s*(?:d['’]\s*|de\s+)?(euros?|eur|€|(?:danish|norwegian|swedish)\s+(?:crowns?|kroner|kronor)|czech\s+(?:crowns?|korun\p{L}*)|couronnes?\s+(?:danoises?|norvégiennes?|suédoises?|tchèques?)|canadian\s+(?:dlrs?|dollars?)|australian\s+(?:dlrs?|dollars?)|(?:u\.s\.|n\.z\.|new\s+zealand|hong\s+kong|h\.k\.|singapore)\s+(?:dlrs?|dollars?)|ringgit|rand|pesos?|dollars?(?:\s+(?:canadiens?|us|américains))?|dlrs?|usd|stg|sterling|pounds?(?:\s+sterling)?|livres?(?:\s+sterling)?|gbp|£|swiss\s+francs?|belgian\s+francs?|french\s+francs?|francs?(?:\s+(?:suisses?|belges?|français))?|yen|chf|marks?|guilders?|lire|crowns?)(?![\p{L}])`;

const PREFIXED_RE = new RegExp(String.raw`${PREFIX_CUR}\s?${NUM}${SCALE_RE}`, 'giu');
/**
 * Press releases and Swiss or Nordic wire copy put the ISO code before the figure: "CHF 180 million", "EUR 1.2bn",
 * "SEK 300m". Only upper-case codes before digits ("eur" or "usd" in running text is no such prefix).
 */
const ISO_PREFIX_CODES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'CZK',
];
const ISO_PREFIXED_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${ISO_PREFIX_CODES.join('|')})\s?(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*)${SCALE_RE}`,
  'gu',
);
const SUFFIXED_RE = new RegExp(String.raw`\b${NUM}${SCALE_RE}${SUFFIX_CUR}`, 'giu');
const COMPACT_EURO_RE = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?)\s?(k|m|md|mds|mrd)\s?€/giu;
/** "undisclosed" says the price is withheld only when it qualifies the price (not "undisclosed liabilities"). */
const UNDISCLOSED_RE =
  /(?<![\p{L}\p{N}])(?:undisclosed\s+sum|undisclosed(?=\s+(?:amount|sum|price|terms|fee|consideration|figure|cash|value|payment)\b|\s*[,.;)]|\s*$)|not\s+(?:been\s+)?(?:disclosed|released|revealed)|withheld|non\s+(?:communiqué|divulgué|dévoilé|précisé)e?s?|n['’]a\s+pas\s+été\s+(?:communiqué|dévoilé|divulgué|précisé))(?![\p{L}\p{N}])/iu;

/**
 * English wire copy may drop the currency once the story is in dollars: "for a total of 7.4 billion if…".
 * Read only after words that announce a sum and before a clause boundary, so "7.4 billion shares" stays out.
 */
const BARE_TOTAL_RE = new RegExp(
  String.raw`(?<=\b(?:total of|totalling|totaling|worth|valued at)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?)(\d+(?:\.\d+)?)\s+(mln|million|billion|bln)(?=\s*(?:[,.;)]|$|\s(?:if|and|in|including|plus|or|when|which)\b))`,
  'giu',
);
/**
 * A word each of BARE_TOTAL_RE's lead-ins holds, with its flags: a sentence without one has no bare total, and
 * this scan is far cheaper than the look-behind tried at every position of every English sentence.
 */
const BARE_TOTAL_WORD = /total|worth|valued/iu;
/** An ASCII digit: ISO_PREFIXED_RE's figure always holds one. */
const HAS_DIGIT = /\d/;

const PER_UNIT_RE =
  /^\s*(?:a|per|the|par|l['’])\s*(?:share|action|unit|titre)|^\s*(?:each|chacune?|apiece)/iu;
/** How far after an amount "a share" / "par action" is looked for. */
const PER_UNIT_WINDOW_CHARS = 20;

function currencyOf(word: string): string | null {
  for (const [re, code] of CURRENCY_WORDS) if (re.test(word.trim())) return code;
  return null;
}

function scaled(n: number, scale: string | undefined): number {
  if (!scale) return n;
  const f = SCALE[scale.toLowerCase().replace(/\.$/, '')];
  return f ? Math.round(n * f) : n;
}

/** All amounts of money in a sentence, in order; `base` is the sentence's offset in the article. */
export function findMoney(sentence: string, base: number, lang: 'fr' | 'en'): Money[] {
  const out: Money[] = [];
  const add = (m: RegExpExecArray, amount: number, currency: string | null) => {
    const start = base + m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) return;
    // a price per share is not the deal's value
    if (
      PER_UNIT_RE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + PER_UNIT_WINDOW_CHARS))
    )
      return;
    out.push({ amount, currency, text: m[0], start, end });
  };
  // readers whose every match holds a given character are not run on a sentence without it
  if (sentence.includes('€'))
    for (const m of sentence.matchAll(COMPACT_EURO_RE)) add(m, scaled(parseNumber(m[1], lang), m[2]), 'EUR');
  for (const m of sentence.matchAll(PREFIXED_RE)) {
    if (!m[3] && /^(a|un)$/i.test(m[2])) continue;
    add(m, scaled(parseNumber(m[2], lang), m[3]), currencyOf(m[1]));
  }
  if (HAS_DIGIT.test(sentence))
    for (const m of sentence.matchAll(ISO_PREFIXED_RE)) add(m, scaled(parseNumber(m[2], lang), m[3]), m[1]);
  for (const m of sentence.matchAll(SUFFIXED_RE)) {
    if (/^(a|un)$/i.test(m[1]) && !m[2]) continue;
    add(m, scaled(parseNumber(m[1], lang), m[2]), currencyOf(m[3]));
  }
  if (lang === 'en' && BARE_TOTAL_WORD.test(sentence))
    for (const m of sentence.matchAll(BARE_TOTAL_RE)) add(m, scaled(parseNumber(m[1], lang), m[2]), null);
  const u = UNDISCLOSED_RE.exec(sentence);
  if (u)
    out.push({
      amount: null,
      currency: null,
      text: u[0],
      start: base + u.index,
      end: base + u.index + u[0].length,
    });
  return out.sort((a, b) => a.start - b.start);
}
