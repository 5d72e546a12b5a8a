import type { Token } from '../tokens';
import type { Candidate } from './candidates';

/**
 * Tokens that look capitalised but are codes or amounts written without a space, as financial copy does:
 * a currency glued to a figure ("RMB310.4", "EUR1.37"), a month glued to its day ("December31"), a reporting
 * period ("Q2FY22", "FY2021", "H1"), and a currency abbreviation before a figure ("Rs 500"). None names a party.
 */
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Nouns that a clinical trial's stage number follows ("Phase 2", "phase IIb"). */
const TRIAL_STAGE_NOUNS = new Set(['phase']);
/** A trial stage: arabic or roman, with an optional letter or a second stage ("2", "IIb", "1/2", "2a"). */
const STAGE_NUMBER_RE = /^(?:[0-4]|I{1,3}|IV)(?:[ab])?(?:\/(?:[0-4]|I{1,3}|IV)[ab]?)?$/;

/** Nouns that a share class's letter follows ("Class B"). */
const SHARE_CLASS_NOUNS = new Set(['class', 'series']);

/** Currency abbreviations written before a figure (lower case). */
const CURRENCY_ABBREVIATIONS = new Set([
  'rs',
  'rmb',
  'eur',
  'usd',
  'gbp',
  'inr',
  'cny',
  'jpy',
  'chf',
  // the press's Nordic, Swiss and Gulf forms ("SKr 3bn", "SFr 40m", "Dh 2bn")
  'skr',
  'nkr',
  'dkr',
  'sfr',
  'dh',
]);
/** Currency abbreviations written before a "$" ("HK$", "NZ$", "US$"; "A$" and "C$" are lone letters). */
const DOLLAR_PREFIXES = new Set(['hk', 'nz', 'us', 'sg']);

/**
 * A currency abbreviation glued to a figure, with or without decimals or a magnitude ("SKr3.1bn", "DKr410m",
 * "Rs500"): letters that a name never glues to a bare number.
 */
const GLUED_CURRENCY_RE =
  /^(?:skr|nkr|dkr|sfr|rs|rmb|dh|eur|usd|gbp|chf|cny|inr|jpy)\d+(?:[.,]\d+)?(?:bn|mn|m|k|tn|b|bln|mln)?$/u;
/** Any short letters glued to a figure and a magnitude ("Ps12bn"): an amount, as no name ends so. */
const GLUED_MAGNITUDE_RE = /^\p{L}{1,4}\d+(?:[.,]\d+)?(?:bn|mn|tn|bln|mln)$/u;

/** Letters glued to a figure with a decimal part: an amount ("RMB310.4"), never a name's number ("Sum 41"). */
const GLUED_AMOUNT_RE = /^\p{L}{1,4}\d+[.,]\d+$/u;
/** Reporting periods: quarters, halves and fiscal years, alone or combined ("Q2FY22"). */
const PERIOD_CODE_RE = /^(?:[QH][1-4])?(?:FY)?\d{2,4}$|^[QH][1-4]$/i;
const MONTH_DAY_RE = /^(\p{L}+)(\d{1,2})$/u;

function isCodeToken(t: Token): boolean {
  if (GLUED_AMOUNT_RE.test(t.text)) return true;
  if (GLUED_CURRENCY_RE.test(t.lower) || GLUED_MAGNITUDE_RE.test(t.text)) return true;
  if (/^[QH][1-4]|^FY/i.test(t.text) && PERIOD_CODE_RE.test(t.text)) return true;
  const m = MONTH_DAY_RE.exec(t.lower);
  return m !== null && MONTHS.has(m[1]);
}

/** A one-token candidate that is a code or an amount, or a currency abbreviation right before a figure. */
export function isCodeOrAmount(tokens: Token[], c: Candidate): boolean {
  // "Chapter 11", "Chapter 7": a section of the bankruptcy code, named like a company with a number
  if (c.to - c.from === 2 && tokens[c.from].lower === 'chapter' && tokens[c.from + 1].kind === 'number')
    return true;
  // "a Phase 2 trial", "Phase IIb", "phase 1/2": a clinical stage is a noun before its number, no party
  const stageNoun = TRIAL_STAGE_NOUNS.has(tokens[c.from].lower);
  const stageAfter = tokens[c.to];
  if (stageNoun && c.to - c.from === 1 && stageAfter && STAGE_NUMBER_RE.test(stageAfter.text)) return true;
  if (stageNoun && c.to - c.from === 2 && STAGE_NUMBER_RE.test(tokens[c.from + 1].text)) return true;
  // "Class B common stock", "Series A shares": a share class is a letter after its noun
  if (
    c.to - c.from === 2 &&
    SHARE_CLASS_NOUNS.has(tokens[c.from].lower) &&
    /^\p{Lu}$/u.test(tokens[c.from + 1].text)
  )
    return true;
  if (c.to - c.from !== 1) return false;
  const t = tokens[c.from];
  if (isCodeToken(t)) return true;
  // "Rs. 500": the abbreviation's dot may stand between
  const k = tokens[c.to]?.text === '.' ? c.to + 1 : c.to;
  if (DOLLAR_PREFIXES.has(t.lower) && tokens[c.to]?.text === '$') return true;
  return CURRENCY_ABBREVIATIONS.has(t.lower.replace(/\.$/, '')) && tokens[k]?.kind === 'number';
}
