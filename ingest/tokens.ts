/** One token of a sentence; `start`/`end` are offsets into the article text (UTF-16, end exclusive). */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

/**
 * Words keep inner apostrophes, hyphens, dots and ampersands ("Scott's", "Duha-Jousset", "E.W.", "AT&T");
 * numbers keep their separators ("1,3", "527", "8,500,000"). Nordic and Latin legal forms written with a slash
 * ("A/S", "S/A") are one word, so the form stays in the name. Anything else is a one-char punctuation token.
 */
const TOKEN_RE =
  /(?:A\/S|S\/A|I\/S|K\/S)(?![\p{L}\p{N}/])|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-&.][\p{L}\p{M}\p{N}]+)*(?:\.|\+(?![\p{L}\p{N}+]))?|\p{N}{1,3}(?:[\u00a0\u202f ]\p{N}{3}(?!\p{N}))+(?:,\p{N}+)?|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/** French elisions that prefix a word ("l'ex", "d'Acticall") are split off so the name stands alone. */
const ELISION_RE = /^(l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

/** An English possessive stays a token of its own so "IBM's rival" exposes "IBM". */
const POSSESSIVE_RE = /['’]s$/i;

/**
 * "SoftBank-backed", "Sequoia-led": the name and the compound tail are two tokens, so the name can be a
 * mention of its own. Place compounds ("Paris-based") stay whole: the place is no party to anything.
 */
/**
 * "l'ex-Aquitaine Photovoltaïque": a lower-case "ex-" glued to a capital is a rename cue of its own, so the
 * former name stands alone and can be linked to the current one.
 */
const FORMER_PREFIX_RE = /^ex-(?=\p{Lu})/u;

const BACKER_COMPOUND_RE = /^(\p{Lu}.*?)(-(?:backed|owned|led|funded|financed|controlled))$/u;

/** A trailing dot belongs to the word only for abbreviations and initials; otherwise it ends a sentence. */
export const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'cie',
  'bros',
  'intl',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'm',
  'mm',
  'mme',
  'mlle',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'dept',
  'av',
  'ave',
  'gen',
  'gov',
  'sen',
  'rep',
  'prof',
  // abbreviated given names in old firm names ("Wm. H. Garland Trucking Co", "Geo. T. Bristow Co")
  'wm',
  'geo',
  'chas',
  'jas',
  'thos',
  'robt',
  'benj',
  'edw',
  'jno',
  'saml',
]);
const KEEP_DOT_RE = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;
function keepsDot(word: string): boolean {
  return KEEP_DOT_RE.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function pushWord(out: Token[], text: string, start: number): void {
  let body = text;
  let offset = start;
  const el = ELISION_RE.exec(body);
  if (el) {
    const head = el[0];
    out.push(make(head, offset, 'word'));
    body = body.slice(head.length);
    offset += head.length;
  }
  const former = FORMER_PREFIX_RE.exec(body);
  if (former) {
    out.push(make(former[0], offset, 'word'));
    body = body.slice(former[0].length);
    offset += former[0].length;
  }
  let trailingDot = false;
  if (body.endsWith('.') && !keepsDot(body)) {
    body = body.slice(0, -1);
    trailingDot = true;
  }
  const backer = BACKER_COMPOUND_RE.exec(body);
  if (backer) {
    out.push(make(backer[1], offset, 'word'));
    out.push(make(backer[2], offset + backer[1].length, 'word'));
  } else if (POSSESSIVE_RE.test(body) && body.length > 2) {
    out.push(make(body.slice(0, -2), offset, 'word'));
    out.push(make(body.slice(-2), offset + body.length - 2, 'word'));
  } else if (body.length > 0) {
    out.push(make(body, offset, 'word'));
  }
  if (trailingDot) out.push(make('.', offset + body.length, 'punct'));
}

function make(text: string, start: number, kind: Token['kind']): Token {
  const folded = text.toLowerCase();
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  return { text, lower, start, end: start + text.length, kind };
}

/** Tokenises `text` (a sentence or any span) starting at article offset `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    const start = base + m.index;
    if (/^\p{L}/u.test(t)) pushWord(out, t, start);
    else if (/^\p{N}/u.test(t)) out.push(make(t, start, 'number'));
    else out.push(make(t, start, 'punct'));
  }
  return out;
}

/** A word written with an upper-case initial, or in camel case like "iAdvize". */
export function isCapitalised(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const c = token.text.charAt(0);
  if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  // camel case: "iAdvize", "eBay", "shipFast"
  if (!mayBeCamelCase(token.text)) return false;
  return /^\p{Ll}{1,6}\p{Lu}\p{Ll}/u.test(token.text) || /^\p{Ll}{1,2}\p{Lu}/u.test(token.text);
}

/** Every letter upper case (at least two letters): acronyms, and wire-copy headlines. */
export function isAllCaps(token: Token): boolean {
  const ascii = asciiAllCaps(token.text);
  if (ascii !== null) return ascii;
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const LAST_ASCII = 127;

/** The camel-case tests of isCapitalised find an upper-case letter at code point 1 to 6 (`CAMEL_CAPITAL_LAST`). */
const CAMEL_CAPITAL_LAST = 6;

/**
 * False when no upper-case letter can stand where the camel-case regexes look: every code unit there is ASCII
 * and none is A–Z. Most lower-case words end here without running two Unicode regexes; anything else (an
 * upper-case or non-ASCII unit, which may shift code points) goes on to the regexes.
 */
function mayBeCamelCase(text: string): boolean {
  const last = Math.min(CAMEL_CAPITAL_LAST, text.length - 1);
  for (let i = 1; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > LAST_ASCII || (code >= UPPER_A && code <= UPPER_Z)) return true;
  }
  return false;
}

/**
 * `isAllCaps` for a text of ASCII characters only, without building the letters string (the test runs on most
 * tokens of every sentence); null when some character is not ASCII, whose letters only the regex knows.
 */
function asciiAllCaps(text: string): boolean | null {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > LAST_ASCII) return null;
    if (c >= UPPER_A && c <= UPPER_Z) upper++;
    else if (c >= LOWER_A && c <= LOWER_Z) lower++;
  }
  return upper >= 2 && lower === 0;
}
