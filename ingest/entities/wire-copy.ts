import type { Token } from '../tokens';
import { isAllCaps } from '../tokens';
import { MONTHS } from './lexicon-common';
import type { TypedCandidate } from './collect';
import { isExchangeName } from './exchange-names';
import { regionalDatelineEnd } from './regional-dateline';
import { bareDatelineEnd, datelineTown, frenchDatelineEnd } from './dateline-town';

/**
 * Conventions of news-wire copy that shape capitalised runs without naming anything: the dateline that opens a
 * story ("CITY, Region, Month Day -"), the agency's one-word sign-off closing it, and stock tickers set in
 * brackets after a company's name ("Acme Corp <ACME.N>", "(NYSE: ACM)").
 */

/** Furthest token index at which a dateline's dash may stand (city, region and date are short). */
const MAX_DATELINE_TOKENS = 14;
const DATELINE_DASHES = new Set(['-', '--', '–', '—']);
/** Wire service markers that may open a story before its dateline ("RPT", a repeated story). */
const REPEAT_MARKERS = new Set(['rpt', 'repeat', 'corrected', 'refile']);

/** Marks that close a dateline after its date: a dash (wires) or the slash of "/PRNewswire/" (press releases). */
const DATELINE_CLOSERS = new Set([...DATELINE_DASHES, '/', '(']);

/**
 * Token index of the month of a dateline that opens this sentence ("ALBANY, N.Y., March 3 -", "SUNNYVALE,
 * Calif., May 4, 2021 /PRNewswire/ --"), or 0 when the sentence has none. Everything before it is the place,
 * never a party to the story.
 */
export function datelineEnd(tokens: Token[], sentence: number): number {
  const wire = wireMarkerDateline(tokens);
  if (wire > 0) return wire;
  const regional = regionalDatelineEnd(tokens);
  if (regional > 0) return regional;
  const french = frenchDatelineEnd(tokens);
  if (french > 0) return french;
  const bare = bareDatelineEnd(tokens, sentence);
  if (bare > 0) return bare;
  for (let i = 2; i < tokens.length && i <= MAX_DATELINE_TOKENS; i++) {
    if (!MONTHS.has(tokens[i].lower.replace(/\.$/, '')) || tokens[i - 1].text !== ',') continue;
    const day = tokens[i + 1];
    if (!day || day.kind !== 'number' || !/^\d{1,2}$/.test(day.text)) continue;
    let j = i + 2;
    if (tokens[j]?.text === ',' && /^\d{4}$/.test(tokens[j + 1]?.text ?? '')) j += 2;
    if (!tokens[j] || !DATELINE_CLOSERS.has(tokens[j].text)) continue;
    // the place part: capitalised words, dots, commas and the dashes of a marker ("RPT --CITY")
    for (let k = 0; k < i - 1; k++) {
      const p = tokens[k];
      if (p.kind === 'punct' && (p.text === ',' || p.text === '.' || DATELINE_DASHES.has(p.text))) continue;
      if (p.kind !== 'word' || !/^\p{Lu}/u.test(p.text)) return 0;
    }
    return i;
  }
  return 0;
}

/**
 * "PARMA, Italy--(BUSINESS WIRE)--X": a press-release wire's dateline has no date; the place is the capitalised
 * words and commas before the dashes that open the bracketed wire name. Returns the index of those dashes, or 0.
 */
function wireMarkerDateline(tokens: Token[]): number {
  for (let i = 1; i < tokens.length && i <= MAX_DATELINE_TOKENS; i++) {
    if (!DATELINE_DASHES.has(tokens[i].text)) continue;
    let k = i;
    while (k < tokens.length && DATELINE_DASHES.has(tokens[k].text)) k++;
    if (tokens[k]?.text !== '(') return 0;
    for (let p = 0; p < i; p++) {
      const t = tokens[p];
      if (t.kind === 'punct' ? t.text !== ',' && t.text !== '.' : !/^\p{Lu}/u.test(t.text)) return 0;
    }
    return i;
  }
  return 0;
}

/** A story-opening marker glued before the dateline ("RPT --LONDON, …"), all capitals. */
export function isRepeatMarker(tokens: Token[], from: number, to: number): boolean {
  return from === 0 && to === 1 && isAllCaps(tokens[0]) && REPEAT_MARKERS.has(tokens[0].lower);
}

/**
 * The agency's signature closing wire copy: the article's last sentence is one capitalised word with nothing
 * else ("Reuter", "AFP" on a line of its own). A name standing alone like that states no fact.
 */
export function isSignOff(tokens: Token[], sentence: number, sentenceCount: number): boolean {
  if (sentence !== sentenceCount - 1) return false;
  // "REUTER...^M": the collection writes a carriage return as caret and M, a control code and no word
  const words = tokens.filter(
    (t, i) => t.kind === 'word' && !(t.text === 'M' && tokens[i - 1]?.text === '^'),
  );
  // "REUTER..." : trailing dots and dashes are still the sign-off line
  return words.length === 1 && tokens.every((t) => t.kind !== 'number') && /^\p{Lu}/u.test(words[0].text);
}

/** Exchange names that open a bracketed ticker ("(NYSE: ACM)", "(Nasdaq:ACME)"); all-caps codes of markets. */
const EXCHANGE_RE = /^(nyse|nasdaq|amex|lse|tsx|asx|otc|otcqb|otcqx|euronext|sgx|hkex|jse|bse|nse)$/;
/**
 * Any all-caps code before the colon of a ticker bracket is a market's code: "(EPA:ALO)", "(BIT:BMC)",
 * "(ETR:RWS)", "(TSX-V: ABC)" — the list of the world's exchange codes is open, the shape is not.
 */
const EXCHANGE_CODE_RE = /^\p{Lu}[\p{Lu}-]{1,7}$/u;
/** A ticker: capitals (digits allowed after the first), with an optional exchange suffix (".L", ".PA", ".LON"). */
const TICKER_RE = /^\p{Lu}[\p{Lu}\d&]{0,5}(\.\p{Lu}{1,3})?$/u;
/** Longest exchange name written before a ticker's colon ("Nasdaq Helsinki", "Euronext Growth Paris"). */
const MAX_EXCHANGE_WORDS = 3;
const OPENERS = new Map([
  ['<', '>'],
  ['(', ')'],
]);

/**
 * Index of the bracket opening an exchange tag that ends right before the colon at `colon` ("(" of "(EPA:" or
 * "(Nasdaq Helsinki:"), or -1: one code, one known market word, or a few capitalised words.
 */
function exchangeTagOpen(tokens: Token[], colon: number): number {
  if (tokens[colon]?.text !== ':') return -1;
  const first = tokens[colon - 1];
  if (!first || first.kind !== 'word') return -1;
  if (OPENERS.has(tokens[colon - 2]?.text ?? '')) {
    const one = EXCHANGE_RE.test(first.lower) || EXCHANGE_CODE_RE.test(first.text);
    return one ? colon - 2 : -1;
  }
  for (let k = colon - 1; k >= colon - MAX_EXCHANGE_WORDS && k >= 1; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return -1;
    if (OPENERS.has(tokens[k - 1].text)) return EXCHANGE_RE.test(t.lower) ? k - 1 : -1;
  }
  return -1;
}

/** True when the token at `colon + 1` is a ticker closing its bracket: "(EPA:ALO)". */
function tickerClosesTag(tokens: Token[], colon: number, open: number): boolean {
  const t = tokens[colon + 1];
  return !!t && TICKER_RE.test(t.text) && tokens[colon + 2]?.text === OPENERS.get(tokens[open].text);
}

/**
 * True when tokens [from, to) are an exchange code inside a ticker bracket: "(NYSE: ACM)", "(EPA:ALO)". A
 * market's full name ("(Nasdaq Helsinki: VAALTO)") names an organisation and stays.
 */
export function isExchangeInTicker(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const open = exchangeTagOpen(tokens, to);
  return open >= 0 && open === from - 1 && tickerClosesTag(tokens, to, open);
}

/**
 * True when tokens [from, to) are a ticker in brackets right after a name: "<ACME.N>", "(ACM)" is left to the
 * acronym linker unless it carries an exchange ("(NYSE: ACM)") or a market suffix ("(ACM.L)").
 */
export function isBracketedTicker(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = tokens[from];
  if (!TICKER_RE.test(t.text)) return false;
  const tag = exchangeTagOpen(tokens, from - 1);
  const open = tag >= 0 ? tokens[tag] : tokens[from - 1];
  if (!open || !OPENERS.has(open.text) || tokens[to]?.text !== OPENERS.get(open.text)) return false;
  return open.text === '<' || tag >= 0 || t.text.includes('.');
}

/** Index of the first token of the bracket holding a ticker at `from` ("<", or "(" before "NYSE :"). */
export function tickerBracketStart(tokens: Token[], from: number): number {
  const tag = exchangeTagOpen(tokens, from - 1);
  return tag >= 0 ? tag : from - 1;
}

/**
 * "<Acme Homes Inc>": wire copy sets the names of unlisted companies in angle brackets; a whole run so enclosed
 * is an organisation.
 */
export function isAngleBracketedName(tokens: Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.text === '<' && tokens[to]?.text === '>';
}

/**
 * Applies the wire conventions to one sentence's typed candidates: dateline places and markers are dropped, an
 * exchange name inside a ticker bracket too, and a bracketed ticker becomes an alias of the name it follows,
 * which it marks as a listed company. A ticker with no name before it names nothing on its own. Returns the
 * dateline's town (lower case), or '' when the sentence opens on none.
 */
export function settleWireCopy(
  tokens: Token[],
  cs: TypedCandidate[],
  base: number,
  sentence: number,
): string {
  const dateline = datelineEnd(tokens, sentence);
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if ((dateline > 0 && c.to <= dateline) || isRepeatMarker(tokens, c.from, c.to)) c.kind = 'drop';
    else if (isExchangeInTicker(tokens, c.from, c.to)) c.kind = 'drop';
    else if (isBracketedTicker(tokens, c.from, c.to)) {
      const owner = tickerOwner(tokens, cs, i);
      if (owner < 0) {
        c.kind = 'drop';
        continue;
      }
      const named = cs[owner];
      // "cotée à la Bourse de Milan (BIT:BMC)": the code is the listed firm's, not the market's
      if (isExchangeName(tokens, named.from, named.to)) {
        c.kind = 'drop';
        continue;
      }
      if (named.kind === 'unknown') named.kind = 'org';
      c.kind = named.kind;
      c.aliasOf = base + owner;
    }
  }
  return dateline > 0 && !isRepeatMarker(tokens, 0, 1) ? datelineTown(tokens, dateline) : '';
}

/** The candidate ending right before the ticker's bracket ("Acme Corp <ACM>", "Acme Bank's <ACB.N>"), or -1. */
function tickerOwner(tokens: Token[], cs: TypedCandidate[], i: number): number {
  let end = tickerBracketStart(tokens, cs[i].from);
  if (tokens[end - 1]?.lower === "'s") end--;
  // a dropped word (a lone initial) or a person owns no ticker
  for (let k = i - 1; k >= 0; k--)
    if (cs[k].to === end) return cs[k].kind === 'unknown' || cs[k].kind === 'org' ? k : -1;
  return -1;
}
